package io.steward.app.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the FX thread was doing during long stalls: its stack sampled while a stall lasts, described by where the work
 * entered from (the Steward frames on the stack), the pulse phase and the top frame, and printed when the meter closes,
 * counted by entry and then in time order with the stalls between them. A poor man's profiler that needs no JFR, for
 * one question: which code makes the stall.
 */
final class StallStacks {
    private static final long REPORTED_NANOS = 50_000_000L;
    private final long started = System.nanoTime();
    private final List<Line> lines = new ArrayList<>();

    /** A sample or a finished stall, at {@code ms} since the meter started. */
    private record Line(long ms, String entry, String text) {
    }

    /** A stall that ended: reported when it lasted over 50 ms. */
    synchronized void stall(long from, long to) {
        if (to - from > REPORTED_NANOS) {
            lines.add(new Line(ms(from), null, "STALL " + (to - from) / 1_000_000 + " ms until " + ms(to) + " ms"));
        }
    }

    synchronized void sample(Thread thread) {
        StackTraceElement[] stack = thread.getStackTrace();
        String entry = Arrays.stream(stack).filter(f -> f.getClassName().startsWith("io.steward"))
                .limit(3).map(StallStacks::name).collect(Collectors.joining(" < "));
        String top = stack.length == 0 ? "" : name(stack[0]);
        lines.add(new Line(ms(System.nanoTime()), entry, entry + " | " + pulsePhase(stack) + " | top " + top));
    }

    private long ms(long nanoTime) {
        return (nanoTime - started) / 1_000_000;
    }

    /** From the pulse down to the first frames that say what kind of work it is (CSS, layout, a control's code). */
    private static String pulsePhase(StackTraceElement[] stack) {
        List<String> frames = new ArrayList<>();
        boolean inPulse = false;
        for (int i = stack.length - 1; i >= 0 && frames.size() < 9; i--) {
            String n = name(stack[i]);
            if (n.endsWith("Toolkit.pulse") || n.contains("ScenePulseListener.pulse")) {
                inPulse = true;
                frames.clear();
            }
            if (inPulse && !n.contains("Helper.") && !n.contains("$1.do") && !n.contains("Impl")) {
                frames.add(n);
            }
        }
        return String.join(" > ", frames);
    }

    private static String name(StackTraceElement f) {
        return f.getClassName().replaceAll("^.*\\.", "") + "." + f.getMethodName();
    }

    synchronized void print() {
        System.out.println("FX-thread samples during stalls over 50 ms (a few ms apart), by the Steward code on the stack:");
        lines.stream().filter(l -> l.entry() != null).collect(Collectors.groupingBy(Line::entry, Collectors.counting()))
                .entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf("%4d  %s%n", e.getValue(), e.getKey().isEmpty() ? "(JavaFX only)" : e.getKey()));
        System.out.println("in time order (ms since the meter started):");
        lines.forEach(l -> System.out.printf("%6d  %s%n", l.ms(), l.text()));
    }
}
