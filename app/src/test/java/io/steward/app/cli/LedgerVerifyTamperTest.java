package io.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.model.ledger.TamperCase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every tamper case makes {@code steward ledger verify} exit 1 and name the entry or the checkpoint. */
class LedgerVerifyTamperTest {
    @TempDir
    Path home;
    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(TamperCase.class)
    void everyTamperCaseFailsVerification(TamperCase tamper) {
        Path ledger = work.resolve("t.steward");
        tamper.prepare(ledger, home.resolve("keys"));

        CliRun.Result r = new CliRun(home).run("--ledger", ledger.toString(), "--actor", "alice", "ledger", "verify");

        assertThat(r.exit()).isEqualTo(ExitCodes.VERIFICATION_FAILED);
        assertThat(r.out()).contains("Result:              FAILED").contains(tamper.reason());
        if (tamper.failedSeq() != null) {
            assertThat(r.out()).contains("First bad entry:     seq " + tamper.failedSeq());
        }
    }
}
