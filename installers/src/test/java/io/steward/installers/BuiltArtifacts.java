package io.steward.installers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where `mvn -P installers package` put what it built; installers/pom.xml passes these in. */
final class BuiltArtifacts {
    private BuiltArtifacts() {
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name
                    + " is not set: run these tests through `mvn -P installers package`, which builds what they check");
        }
        return value;
    }

    /** The Maven project version, which `steward --version` must report. */
    static String mavenVersion() {
        return property("steward.version");
    }

    /** The version the installers carry: the Maven version without a qualifier such as -SNAPSHOT. */
    static String numericVersion() {
        return mavenVersion().replaceFirst("[-+].*$", "");
    }

    static String os() {
        return property("installers.os");
    }

    static Path dir() {
        return Path.of(property("installers.dir"));
    }

    static Path input() {
        return dir().resolve("input");
    }

    static Path runtime() {
        return dir().resolve("runtime");
    }

    /** The app image folder (Steward.app on macOS). */
    static Path appImage() {
        String name = property("installers.appName");
        return dir().resolve("image").resolve("macos".equals(os()) ? name + ".app" : name);
    }

    /** The launcher a terminal runs inside an app image or an installed tree (layouts per OS). */
    static Path launcherIn(Path appRoot) {
        return switch (os()) {
            case "windows" -> appRoot.resolve("steward-cli.exe");
            case "macos" -> appRoot.resolve("Contents/MacOS").resolve(property("installers.appName"));
            default -> appRoot.resolve("bin").resolve(property("installers.appName"));
        };
    }

    /** The folder with steward.jar and lib/ inside an app image or an installed tree (layouts per OS). */
    static Path appDirIn(Path appRoot) {
        return switch (os()) {
            case "windows" -> appRoot.resolve("app");
            case "macos" -> appRoot.resolve("Contents/app");
            default -> appRoot.resolve("lib/app");
        };
    }

    /** The one installer file jpackage wrote for this OS, e.g. steward_0.1.0-1_amd64.deb. */
    static Path installer(String extension) {
        try (Stream<Path> files = Files.list(dir().resolve("dist"))) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(extension)).toList();
            if (found.size() != 1) {
                throw new IllegalStateException("expected one " + extension + " in " + dir().resolve("dist") + ", found " + found);
            }
            return found.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path resource(String relative) {
        return Path.of(property("installers.resources")).resolve(relative);
    }

    /** The --add-modules list from installers/pom.xml. */
    static Set<String> configuredModules() {
        return Arrays.stream(property("installers.modules").split(",")).map(String::strip)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Path javaTool(String name) {
        return Path.of(property("installers.javaHome"), "bin", name);
    }

    /** Bytes under a folder, as the installed size counts them. */
    static long sizeOf(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
