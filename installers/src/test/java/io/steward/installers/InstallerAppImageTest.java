package io.steward.installers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The app image jpackage built: the launcher works headless and carries the app and the Steward icon. */
class InstallerAppImageTest extends PackagedLauncherChecks {

    @Override
    Path launcher() {
        return BuiltArtifacts.launcherIn(BuiltArtifacts.appImage());
    }

    @Test
    void carriesTheSameJarsAsTheAppBuild() throws IOException {
        Path app = BuiltArtifacts.appDirIn(BuiltArtifacts.appImage());
        assertThat(app.resolve("steward.jar")).hasSameBinaryContentAs(BuiltArtifacts.input().resolve("steward.jar"));
        try (var jars = Files.list(BuiltArtifacts.input().resolve("lib"))) {
            jars.forEach(jar -> assertThat(app.resolve("lib").resolve(jar.getFileName())).hasSameBinaryContentAs(jar));
        }
    }

    /**
     * The build's training run left a class-data-sharing archive in the image, and the launcher maps it: Steward's own
     * classes come from the archive (the JVM's class-load log says so), and nothing about it reaches stdout.
     */
    @Test
    @EnabledOnOs(OS.LINUX)
    void startsFromItsClassDataSharingArchive(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path archive = BuiltArtifacts.appDirIn(BuiltArtifacts.appImage()).resolve("steward.jsa");
        assertThat(archive).isNotEmptyFile();
        assertThat(BuiltArtifacts.appImage().resolve("lib/runtime/lib/server/classes.jsa")).isNotEmptyFile();
        Path log = tmp.resolve("classes.log");
        ProcessRun run = ProcessRun.of(java.util.Map.of("STEWARD_HOME", tmp.resolve("home").toString(),
                "JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log), launcher(), "--version");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out().strip()).as(run.describe()).isEqualTo("steward " + BuiltArtifacts.mavenVersion());
        assertThat(Files.readAllLines(log)).as("class-load log").anySatisfy(line -> assertThat(line)
                .contains("io.steward.app.cli.StewardCli ").contains("source: shared objects file (top)"));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void usesTheStewardIcon() {
        assertThat(BuiltArtifacts.appImage().resolve("lib/steward.png"))
                .hasSameBinaryContentAs(BuiltArtifacts.resource("linux/steward.png"));
    }
}
