package io.steward.installers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The built .deb unpacked with dpkg-deb into a folder: files under it, control files in DEBIAN/. No install. */
final class UnpackedDeb {
    /** Where the package puts the app; the menu entry and the install scripts name it. */
    static final String INSTALL_DIR = "opt/steward";
    static final String DESKTOP_FILE = INSTALL_DIR + "/lib/steward-steward.desktop";

    private UnpackedDeb() {
    }

    static void into(Path root) {
        Path deb = BuiltArtifacts.installer(".deb");
        for (ProcessRun run : new ProcessRun[] {
                ProcessRun.of(Path.of("dpkg-deb"), "-x", deb.toString(), root.toString()),
                ProcessRun.of(Path.of("dpkg-deb"), "-e", deb.toString(), root.resolve("DEBIAN").toString())}) {
            assertThat(run.exitCode()).as(run.describe()).isZero();
        }
    }

    static Map<String, String> control(Path root) throws IOException {
        return fields(root.resolve("DEBIAN/control"), ": ");
    }

    /** The menu entry the package installs with xdg-desktop-menu. */
    static Map<String, String> desktopEntry(Path root) throws IOException {
        return fields(root.resolve(DESKTOP_FILE), "=");
    }

    /** "Key<sep>value" lines; section headers, comments and continuation lines are skipped. */
    private static Map<String, String> fields(Path file, String separator) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            int at = line.indexOf(separator);
            if (at > 0 && !line.startsWith(" ") && !line.startsWith("#")) {
                fields.put(line.substring(0, at), line.substring(at + separator.length()));
            }
        }
        return fields;
    }
}
