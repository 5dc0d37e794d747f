package io.steward.model.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.model.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two real JVMs append to one ledger at once: one straight chain, nothing lost, no error shown. */
class TwoProcessAppendTest {
    @TempDir
    Path dir;

    @Test
    void twoProcessesAppendingAtOnceMakeOneStraightChain() throws Exception {
        Path file = dir.resolve("shared.steward");
        Store.open(file).close();
        int each = 150;
        List<Process> processes = new ArrayList<>();
        for (String actor : new String[] {"alice", "bob"}) {
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ConcurrentAppender.class.getName(),
                    file.toString(), actor, String.valueOf(each)).redirectErrorStream(true).start());
        }
        for (Process p : processes) {
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
            assertThat(output).doesNotContainIgnoringCase("exception").doesNotContain("BUSY");
        }
        try (Store store = Store.open(file)) {
            VerificationReport report = new LedgerVerifier(store).verify((java.nio.file.Path) null, VerifyProgress.NONE, () -> false);
            assertThat(report.ok()).as(report.failure()).isTrue();
            assertThat(report.entriesChecked()).isEqualTo(2L * each);
            Set<String> subjects = new HashSet<>();
            new Ledger(store, java.time.Clock.systemUTC()).page(0, 1000, false, null).forEach(e -> subjects.add(e.subject()));
            assertThat(subjects).hasSize(2 * each).contains("alice-0", "bob-" + (each - 1));
        }
    }
}
