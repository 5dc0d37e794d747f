package io.steward.installers;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A private X server (Xvfb) for starting the real console the way a desktop does, and a look at the
 * windows on it with xwininfo. Skips the calling test when xvfb or x11-utils is not installed.
 */
final class VirtualDisplay implements AutoCloseable {
    private static final Path XVFB = Path.of("/usr/bin/Xvfb");
    private static final Path XWININFO = Path.of("/usr/bin/xwininfo");
    /** One line of `xwininfo -root -tree`: id "title": ("instance" "class")  WIDTHxHEIGHT+X+Y ... */
    private static final Pattern WINDOW =
            Pattern.compile("^\\s*0x\\p{XDigit}+ \"(.*)\": \\(\"[^\"]*\" \"([^\"]*)\"\\)\\s+(\\d+)x(\\d+)\\+");

    /** A top-level window: its title and its WM_CLASS class, which docks match to a menu entry. */
    record Window(String title, String wmClass) {
    }

    private final Process server;
    private final String display;

    private VirtualDisplay(Process server, String display) {
        this.server = server;
        this.display = display;
    }

    static VirtualDisplay start() throws IOException {
        assumeTrue(Files.isExecutable(XVFB) && Files.isExecutable(XWININFO),
                "no Xvfb/xwininfo here (apt-get install xvfb x11-utils libgtk-3-0); the console start is not checked");
        // -displayfd: the server picks a free display number and writes it to stdout once it accepts clients.
        Process server = new ProcessBuilder(XVFB.toString(), "-displayfd", "1", "-screen", "0", "1280x800x24",
                "-nolisten", "tcp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String number = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        if (number == null) {
            server.destroyForcibly();
            throw new IllegalStateException("Xvfb exited before it reported a display number");
        }
        return new VirtualDisplay(server, ":" + number.strip());
    }

    /** Environment entries that put a program on this display. */
    Map<String, String> env() {
        return Map.of("DISPLAY", display);
    }

    /** Waits for a window of at least 400 px width whose title contains {@code text}. */
    Optional<Window> awaitWindow(String text, Duration timeout) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            ProcessRun tree = ProcessRun.of(env(), XWININFO, "-root", "-tree");
            Optional<Window> window = tree.out().lines().map(WINDOW::matcher).filter(Matcher::find)
                    .filter(m -> m.group(1).contains(text) && Integer.parseInt(m.group(3)) >= 400)
                    .map(m -> new Window(m.group(1), m.group(2))).findFirst();
            if (window.isPresent()) {
                return window;
            }
            Thread.sleep(500);
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        server.destroy();
        try {
            server.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
