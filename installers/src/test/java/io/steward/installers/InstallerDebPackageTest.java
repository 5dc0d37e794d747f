package io.steward.installers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The .deb, unpacked with dpkg-deb into a throw-away root (no install, no root rights): its metadata,
 * the menu entry and the .steward file association it registers, and the installed launcher run headless.
 */
@EnabledOnOs(OS.LINUX)
class InstallerDebPackageTest {
    private static final String INSTALL_DIR = UnpackedDeb.INSTALL_DIR;

    @TempDir
    static Path root;

    @BeforeAll
    static void unpack() {
        UnpackedDeb.into(root);
    }

    @Test
    void controlNamesThePackageItsVersionAndTheDesktopLibraries() throws IOException {
        Map<String, String> control = UnpackedDeb.control(root);

        assertThat(control).containsEntry("Package", "steward")
                .containsEntry("Version", BuiltArtifacts.numericVersion() + "-1")
                .containsEntry("Description", "Governance console for non-human identities");
        assertThat(Arrays.stream(control.get("Depends").split(",")).map(String::strip))
                .contains("libgtk-3-0", "xdg-utils", "libc6");
    }

    @Test
    void menuEntryStartsTheLauncherAndOpensLedgers() throws IOException {
        Map<String, String> entry = UnpackedDeb.desktopEntry(root);

        assertThat(entry).containsEntry("Type", "Application")
                .containsEntry("Name", "Steward")
                .containsEntry("Exec", "/" + INSTALL_DIR + "/bin/steward %f")
                .containsEntry("Icon", "/" + INSTALL_DIR + "/lib/steward.png")
                .containsEntry("Terminal", "false")
                .containsEntry("Categories", "Office;")
                .containsEntry("MimeType", "application/x-steward-ledger");
        assertThat(root.resolve(INSTALL_DIR + "/bin/steward")).isExecutable();
        assertThat(root.resolve(INSTALL_DIR + "/lib/steward.png"))
                .hasSameBinaryContentAs(BuiltArtifacts.resource("linux/steward.png"));
    }

    @Test
    void menuEntryPassesTheDesktopSpecificationCheck() {
        Path validator = Path.of("/usr/bin/desktop-file-validate");
        assumeTrue(Files.isExecutable(validator), "desktop-file-validate not installed (apt-get install desktop-file-utils)");

        ProcessRun run = ProcessRun.of(validator, root.resolve(UnpackedDeb.DESKTOP_FILE).toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out() + run.err()).as(run.describe()).doesNotContain("error:", "warning:");
    }

    @Test
    void mimeInfoMapsTheStewardExtensionToTheLedgerType() throws Exception {
        Document doc = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(root.resolve(INSTALL_DIR + "/lib/steward-steward-MimeInfo.xml").toFile());
        Element type = (Element) doc.getElementsByTagName("mime-type").item(0);
        Element glob = (Element) type.getElementsByTagName("glob").item(0);

        assertThat(type.getAttribute("type")).isEqualTo("application/x-steward-ledger");
        assertThat(glob.getAttribute("pattern")).isEqualTo("*.steward");
        assertThat(root.resolve(INSTALL_DIR + "/lib/application-x-steward-ledger.png")).isRegularFile();
    }

    @Test
    void installScriptsRegisterTheMenuEntryTheFileTypeAndTheCommand() throws IOException {
        String postinst = Files.readString(root.resolve("DEBIAN/postinst"));
        String prerm = Files.readString(root.resolve("DEBIAN/prerm"));

        assertThat(postinst).contains(
                "xdg-desktop-menu install /" + UnpackedDeb.DESKTOP_FILE,
                "xdg-mime install /" + INSTALL_DIR + "/lib/steward-steward-MimeInfo.xml",
                "update-alternatives --install /usr/bin/steward steward /" + INSTALL_DIR + "/lib/app/steward-cli.sh");
        assertThat(prerm).contains(
                "xdg-desktop-menu uninstall /" + UnpackedDeb.DESKTOP_FILE,
                "update-alternatives --remove steward /" + INSTALL_DIR + "/lib/app/steward-cli.sh");
        for (String script : new String[] {"postinst", "prerm", "postrm", "preinst"}) {
            ProcessRun syntax = ProcessRun.of(Path.of("sh"), "-n", root.resolve("DEBIAN").resolve(script).toString());
            assertThat(syntax.exitCode()).as(syntax.describe()).isZero();
        }
    }

    /** The launcher as the package installs it, run from the unpacked tree. */
    @Nested
    class InstalledLauncher extends PackagedLauncherChecks {
        @Override
        Path launcher() {
            return root.resolve(INSTALL_DIR + "/bin/steward");
        }
    }

    /** The `steward` command (/usr/bin/steward points at it): the same checks, Java started by the script. */
    @Nested
    class InstalledCommand extends PackagedLauncherChecks {
        @Override
        Path launcher() {
            return root.resolve(INSTALL_DIR + "/lib/app/steward-cli.sh");
        }
    }
}
