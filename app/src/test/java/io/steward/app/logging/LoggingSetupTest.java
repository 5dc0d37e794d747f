package io.steward.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** java.util.logging (JavaFX's own logger) ends up in steward.log, not on the terminal. */
class LoggingSetupTest {
    @TempDir
    Path dir;

    @Test
    void javaFxsWarningAboutTheClassPathGoesToTheLogFileNotTheTerminal() throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(terminal, true));
            Path log = LoggingSetup.toFolder(dir);
            // what com.sun.javafx.application.PlatformImpl logs when JavaFX is loaded from the class path
            java.util.logging.Logger.getLogger("javafx").warning("Unsupported JavaFX configuration: classes were loaded from"
                    + " 'unnamed module @1'");
            assertThat(log).isNotNull();
            assertThat(Files.readString(log)).contains("Unsupported JavaFX configuration");
        } finally {
            System.setErr(err);
        }
        assertThat(terminal.toString()).doesNotContain("Unsupported JavaFX configuration");
    }

    /** The file appender is built on the first event (DeferredFileAppender); the event and those after it are in the file. */
    @Test
    void aMessageLoggedAfterSetUpIsWrittenToTheLogFile() throws Exception {
        Path log = LoggingSetup.toFolder(dir.resolve("logs"));
        org.slf4j.LoggerFactory.getLogger(LoggingSetupTest.class).info("first message after set-up");
        org.slf4j.LoggerFactory.getLogger("io.steward.other").warn("second message");
        assertThat(log).isNotNull();
        assertThat(Files.readString(log)).contains("INFO ").contains("i.s.app.logging.LoggingSetupTest - first message after set-up")
                .contains("io.steward.other - second message");
    }
}
