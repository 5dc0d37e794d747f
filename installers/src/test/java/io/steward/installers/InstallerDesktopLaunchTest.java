package io.steward.installers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.steward.model.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed menu entry started the way a Linux desktop starts it (its Exec line, with %f filled in
 * or dropped), on a private X server: the real JavaFX console opens, on the default ledger from the
 * menu and on the chosen file when a .steward ledger is opened from a file manager.
 */
@EnabledOnOs(OS.LINUX)
class InstallerDesktopLaunchTest {
    private static final Duration WINDOW_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    static Path root;

    @TempDir
    Path temp;

    @BeforeAll
    static void unpack() {
        UnpackedDeb.into(root);
    }

    @Test
    void menuEntryOpensTheConsoleOnTheDefaultLedger() throws Exception {
        Path home = temp.resolve("home");

        VirtualDisplay.Window window = launchFromMenu(null, home);

        assertThat(window.wmClass()).as("WM_CLASS, which the menu entry's StartupWMClass must name for docks")
                .isEqualTo(UnpackedDeb.desktopEntry(root).get("StartupWMClass"));
        assertThat(home.resolve("ledger.steward")).as("default ledger in STEWARD_HOME").isRegularFile();
    }

    @Test
    void openingALedgerFromTheFileManagerOpensTheConsoleOnIt() throws Exception {
        Path ledger = temp.resolve("Audit Q3.steward");
        Store.open(ledger).close();

        VirtualDisplay.Window window = launchFromMenu(ledger, temp.resolve("home"));

        assertThat(window.title()).contains("Audit Q3.steward");
    }

    /**
     * Runs the desktop entry's Exec line as a desktop would (%f = the file, or nothing from the menu)
     * and returns the console window once it is shown; the console is then closed.
     */
    private VirtualDisplay.Window launchFromMenu(Path file, Path stewardHome) throws Exception {
        assumeConsole();
        List<String> command = new ArrayList<>();
        for (String word : UnpackedDeb.desktopEntry(root).get("Exec").split(" ")) {
            if (word.equals("%f")) {
                if (file != null) {
                    command.add(file.toString());
                }
            } else {
                command.add(word.startsWith("/" + UnpackedDeb.INSTALL_DIR) ? root + word : word);
            }
        }
        try (VirtualDisplay display = VirtualDisplay.start()) {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(temp.resolve("console.log").toFile());
            pb.environment().putAll(display.env());
            pb.environment().put("STEWARD_HOME", stewardHome.toString());
            // JavaFX, GTK and Mesa keep caches under HOME: a temp one keeps the real home untouched.
            pb.environment().put("HOME", Files.createDirectories(temp.resolve("user-home")).toString());
            Process console = pb.start();
            try {
                Optional<VirtualDisplay.Window> window = display.awaitWindow("Steward", WINDOW_TIMEOUT);
                assertThat(window).as("a console window within %s; the launcher's output:%n%s", WINDOW_TIMEOUT, log())
                        .isPresent();
                assertThat(console.isAlive()).as("console still running; its output:%n%s", log()).isTrue();
                return window.get();
            } finally {
                console.destroy();
                console.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private String log() throws IOException {
        return Files.readString(temp.resolve("console.log"));
    }

    /** The console arrives with the app work (`--demo` comes with it); until then, say so rather than fail. */
    private void assumeConsole() {
        ProcessRun help = ProcessRun.of(Map.of("STEWARD_HOME", temp.resolve("help-home").toString()),
                root.resolve(UnpackedDeb.INSTALL_DIR + "/bin/steward"), "--help");
        assumeTrue(help.out().contains("--demo"), "this build has no console yet (no --demo in steward --help)");
    }
}
