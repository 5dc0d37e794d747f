package io.steward.model.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.model.store.Store;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TamperCaseTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TamperCase.class)
    void everyTamperCaseIsCaughtAndNamed(TamperCase tamper) {
        Path ledger = dir.resolve("l.steward");
        tamper.prepare(ledger, dir.resolve("keys"));
        try (Store store = Store.open(ledger)) {
            VerificationReport r = new LedgerVerifier(store, new ActorKeys(dir.resolve("keys"))).verify((java.nio.file.Path) null, VerifyProgress.NONE, () -> false);
            assertThat(r.ok()).isFalse();
            assertThat(r.failedSeq()).isEqualTo(tamper.failedSeq());
            assertThat(r.failure()).contains(tamper.reason());
        }
    }
}
