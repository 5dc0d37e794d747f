package io.steward.importers;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.importers.secrets.SecretRule;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The secret guard's rates on its corpus (docs/BENCHMARKS.md, "Secret guard: recall and false positives"): every
 * positive of every kind caught under its own rule (100% recall), and nothing refused among the near misses and the
 * values of the clean real-shaped files of every platform (0 false positives).
 */
class SecretGuardRatesTest {
    @TempDir
    Path scratch;

    @Test
    void everySecretKindIsCaughtAndNoCleanValueIsRefused() throws Exception {
        SecretGuardRates.Figures f = SecretGuardRates.measure(scratch);

        assertThat(f.rules()).as("a positive of every rule the guard knows")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(SecretRule.values()).map(SecretRule::id).toList());
        assertThat(f.missed()).as("positives missed or named by another rule").isEmpty();
        assertThat(f.recall()).isEqualTo(100.0);
        assertThat(f.positives()).isGreaterThanOrEqualTo(60);

        assertThat(f.flagged()).as("clean values refused").isEmpty();
        assertThat(f.cleanFiles()).as("clean files of every platform").isGreaterThan(25);
        assertThat(f.cleanValues()).isGreaterThan(1_000);
        assertThat(f.falsePositiveRate()).isZero();
    }
}
