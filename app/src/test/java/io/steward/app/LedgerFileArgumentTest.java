package io.steward.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LedgerFileArgumentTest {

    @Test
    void aLoneLedgerPathFromTheDesktopBecomesTheLedgerOption() {
        assertThat(LedgerFileArgument.toOptions("/home/ann/Audit Q3.steward"))
                .containsExactly("--ledger", "/home/ann/Audit Q3.steward");
        assertThat(LedgerFileArgument.toOptions("C:\\Users\\ann\\LEDGER.STEWARD"))
                .containsExactly("--ledger", "C:\\Users\\ann\\LEDGER.STEWARD");
    }

    @Test
    void commandLinesAreLeftAlone() {
        assertThat(LedgerFileArgument.toOptions()).isEmpty();
        assertThat(LedgerFileArgument.toOptions("--version")).containsExactly("--version");
        assertThat(LedgerFileArgument.toOptions("ledger")).containsExactly("ledger");
        assertThat(LedgerFileArgument.toOptions("report.csv")).containsExactly("report.csv");
        assertThat(LedgerFileArgument.toOptions("--ledger", "x.steward", "ledger", "verify"))
                .containsExactly("--ledger", "x.steward", "ledger", "verify");
        assertThat(LedgerFileArgument.toOptions("--ledger=x.steward")).containsExactly("--ledger=x.steward");
    }
}
