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

    @Test
    @EnabledOnOs(OS.LINUX)
    void usesTheStewardIcon() {
        assertThat(BuiltArtifacts.appImage().resolve("lib/steward.png"))
                .hasSameBinaryContentAs(BuiltArtifacts.resource("linux/steward.png"));
    }
}
