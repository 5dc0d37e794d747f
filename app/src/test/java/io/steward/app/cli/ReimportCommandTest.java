package io.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.model.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code steward import} of a file that is already a snapshot of its source: refused with the earlier snapshot named, or added with --again. */
class ReimportCommandTest extends CliTest {

    @Test
    void theSameFileAgainIsRefusedWithTheEarlierSnapshotNamedAndNothingWritten() throws Exception {
        Path csv = Fixtures.copy("service-accounts.csv", work);
        assertThat(steward("--actor", "alice", "import", csv.toString()).exit()).isZero();
        long entries = ledgerEntries();

        CliRun.Result again = steward("--actor", "bob", "import", csv.toString());

        assertThat(again.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(again.err()).contains(csv.toString()).contains("already imported as snapshot 1 of csv:service-accounts on ")
                .contains(" by alice").contains("nothing was stored").contains("Use --again to add it anyway");
        assertThat(again.out()).isEmpty();
        assertThat(snapshots()).isEqualTo(1);
        assertThat(ledgerEntries()).isEqualTo(entries);
    }

    @Test
    void aCopyUnderAnotherNameOfTheSameSourceIsTheSameFile() throws Exception {
        Path csv = Fixtures.copy("service-accounts.csv", work);
        assertThat(steward("import", csv.toString()).exit()).isZero();
        Path copy = Files.createDirectories(work.resolve("later")).resolve("service-accounts.csv");
        Files.copy(csv, copy);

        assertThat(steward("import", copy.toString()).exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(snapshots()).isEqualTo(1);
    }

    @Test
    void againAddsASecondSnapshotAndSaysWhichOneItRepeats() throws Exception {
        Path csv = Fixtures.copy("service-accounts.csv", work);
        assertThat(steward("--actor", "alice", "import", csv.toString()).exit()).isZero();

        CliRun.Result dry = steward("--actor", "bob", "import", "--dry-run", csv.toString());
        assertThat(dry.exit()).isZero();
        assertThat(dry.out()).contains("same file   as snapshot 1, imported ").contains("by alice (the import stops here without --again)");

        CliRun.Result again = steward("--actor", "bob", "import", "--again", csv.toString());

        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("snapshot    2").contains("same file   as snapshot 1").contains("(imported again with --again)");
        assertThat(snapshots()).isEqualTo(2);
        assertThat(steward("ledger", "verify").exit()).isZero();
    }

    @Test
    void twoCopiesOfOneFileInOneCommandStoreNothingWithoutAgain() throws Exception {
        Path csv = Fixtures.copy("service-accounts.csv", work);
        Path copy = Files.createDirectories(work.resolve("copy")).resolve("service-accounts.csv");
        Files.copy(csv, copy);

        CliRun.Result r = steward("import", csv.toString(), copy.toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains(copy.toString()).contains("already imported as snapshot 1");
        assertThat(ledger).doesNotExist();
    }

    private int snapshots() {
        try (Store store = Store.open(ledger)) {
            return store.read(ctx -> ctx.fetchCount(io.steward.model.db.Tables.SNAPSHOT));
        }
    }

    private int ledgerEntries() {
        try (Store store = Store.open(ledger)) {
            return store.read(ctx -> ctx.fetchCount(io.steward.model.db.Tables.LEDGER_ENTRY));
        }
    }
}
