package io.steward.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the FX thread was doing during long stalls: its stack sampled while a stall lasts, counted by where the work
 * entered from (the Steward frames on the stack, else the pulse phase) and what was on top, printed when the meter
 * closes. A poor man's profiler that needs no JFR, for one question: which code makes the stall.
 */
final class StallStacks {
    private final long started = System.nanoTime();
    private final List<String> samples = new ArrayList<>();

    synchronized void stall(long from, long to) {
        if (to - from > 50_000_000L) {
            samples.add(String.format("%6d ms  STALL %d ms until %d ms | | top", (from - started) / 1_000_000, (to - from) / 1_000_000,
                    (to - started) / 1_000_000));
        }
    }

    synchronized void sample(Thread thread) {
        StackTraceElement[] stack = thread.getStackTrace();
        String steward = java.util.Arrays.stream(stack).filter(f -> f.getClassName().startsWith("io.steward"))
                .limit(3).map(StallStacks::name).collect(Collectors.joining(" < "));
        String phase = chain(stack);
        String top = stack.length == 0 ? "" : name(stack[0]);
        samples.add(String.format("%6d ms  %s | %s | top %s", (System.nanoTime() - started) / 1_000_000, steward, phase, top));
    }

    /** From the pulse down to the first frames that say what kind of work it is (CSS, layout, a control's code). */
    private static String chain(StackTraceElement[] stack) {
        java.util.List<String> frames = new java.util.ArrayList<>();
        boolean inPulse = false;
        for (int i = stack.length - 1; i >= 0; i--) {
            String n = name(stack[i]);
            if (n.endsWith("Toolkit.pulse") || n.contains("ScenePulseListener.pulse")) {
                inPulse = true;
                frames.clear();
            }
            if (inPulse && !n.contains("Helper.") && !n.contains("$1.do") && !n.contains("Impl")) {
                frames.add(n);
            }
            if (frames.size() >= 9) {
                break;
            }
        }
        return String.join(" > ", frames);
    }

    private static String name(StackTraceElement f) {
        return f.getClassName().replaceAll("^.*\\.", "") + "." + f.getMethodName();
    }

    synchronized void print() {
        System.out.println("FX-thread samples during stalls over 50 ms (about 2 ms apart), by entry:");
        Map<String, Long> byEntry = new TreeMap<>(samples.stream().collect(Collectors.groupingBy(
                s -> s.substring(s.indexOf("ms  ") + 4, s.indexOf(" | top")), Collectors.counting())));
        byEntry.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf("%4d  %s%n", e.getValue(), e.getKey()));
        System.out.println("in time order:");
        samples.forEach(System.out::println);
    }
}
