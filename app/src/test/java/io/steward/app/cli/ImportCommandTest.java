package io.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.model.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code steward import} and {@code steward formats} in-process on real export files and real ledger files. */
class ImportCommandTest extends CliTest {
    /** The fake GitHub token in service-accounts.csv: it must never reach the output or the ledger. */
    static final String TOKEN_TAIL = "aB3dE5fG7hJ9kL1mN3pQ5rS7tV9wX1yZ3bC5";

    @Test
    void importCreatesTheLedgerAndReportsEachFile() throws Exception {
        Path report = Fixtures.copy("credential-report-2024-11.csv", work);
        Path csv = Fixtures.copy("service-accounts.csv", work);

        CliRun.Result r = steward("import", report.toString(), csv.toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        assertThat(Files.size(ledger)).isPositive();
        assertThat(r.out()).contains("Imported 2 files into " + ledger)
                .contains("format      aws-credential-report").contains("source      aws:111122223333")
                .contains("6 records, 10 identities, 6 credentials, 0 grants, 0 links, 1 duplicates dropped")
                .contains("records 5 and 6 have the same id")
                .contains("format      generic-csv").contains("source      csv:service-accounts")
                .contains("refused     1 secret value, not stored")
                .contains("service-accounts.csv, record 2 (line 3), field api_token").contains("rule secret-field");
        assertThat(r.out() + r.err()).doesNotContain(TOKEN_TAIL);
        try (Store store = Store.open(ledger)) {
            int snapshots = store.read(ctx -> ctx.fetchCount(io.steward.model.db.Tables.SNAPSHOT));
            assertThat(snapshots).isEqualTo(2);
        }
        for (String suffix : List.of("", "-wal")) {
            Path f = Path.of(ledger + suffix);
            if (Files.exists(f)) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString()).doesNotContain(TOKEN_TAIL);
            }
        }
    }

    @Test
    void badInputExitsThreeNamesFileLineAndReasonAndCreatesNoLedger() {
        Path bad = Fixtures.copy("bad-arn-credential-report.csv", work);

        CliRun.Result r = steward("import", bad.toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains(bad.toString()).contains("line 4").contains("record 3").contains("arn")
                .contains("not the ARN of an IAM user");
        assertThat(r.out()).isEmpty();
        assertThat(ledger).doesNotExist();
        assertThat(Path.of(ledger + "-wal")).doesNotExist();
    }

    @Test
    void badInputInAnyFileStoresNothingFromAnyFileOfTheCommand() throws Exception {
        assertThat(steward("import", Fixtures.copy("service-accounts.csv", work).toString()).exit()).isZero();
        long[] before = counts();
        byte[] fileBefore = sha256(ledger);

        CliRun.Result r = steward("import", Fixtures.copy("credential-report-2024-11.csv", work).toString(),
                Fixtures.copy("bad-arn-credential-report.csv", work).toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("bad-arn-credential-report.csv, line 4");
        assertThat(counts()).containsExactly(before);
        assertThat(sha256(ledger)).isEqualTo(fileBefore);
    }

    @Test
    void dryRunReportsWhatTheImportWouldStoreAndStoresNothing() throws Exception {
        Path csv = Fixtures.copy("service-accounts.csv", work);

        CliRun.Result fresh = steward("import", "--dry-run", csv.toString());

        assertThat(fresh.exit()).as(fresh.err()).isZero();
        assertThat(fresh.out()).contains("Checked 1 file: a dry run, nothing was stored").contains("format      generic-csv")
                .contains("refused     1 secret value, not stored").doesNotContain("snapshot    ");
        assertThat(ledger).as("a dry run creates no ledger").doesNotExist();

        assertThat(steward("import", Fixtures.copy("credential-report-2024-11.csv", work).toString()).exit()).isZero();
        long[] before = counts();
        byte[] fileBefore = sha256(ledger);
        assertThat(steward("import", "--dry-run", csv.toString()).exit()).isZero();
        assertThat(counts()).containsExactly(before);
        assertThat(sha256(ledger)).isEqualTo(fileBefore);

        CliRun.Result bad = steward("import", "--dry-run", Fixtures.copy("bad-arn-credential-report.csv", work).toString());
        assertThat(bad.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("bad-arn-credential-report.csv, line 4");
        assertThat(steward("import", "--dry-run", "--save-mapping", "--map", "A=id", csv.toString()).exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void unknownFormatIsAUsageErrorAndAForcedFormatIsUsed() {
        Path csv = Fixtures.copy("service-accounts.csv", work);
        CliRun.Result unknown = steward("import", "--format", "no-such-format", csv.toString());
        assertThat(unknown.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("unknown format 'no-such-format'").contains("aws-credential-report");
        assertThat(ledger).doesNotExist();

        CliRun.Result wrong = steward("import", "--format", "aws-credential-report", csv.toString());
        assertThat(wrong.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(wrong.err()).contains("service-accounts.csv");
        assertThat(ledger).doesNotExist();
    }

    @Test
    void missingFileIsBadInput() {
        CliRun.Result r = steward("import", work.resolve("nope.csv").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("nope.csv").contains("no such file");
    }

    @Test
    void formatsListsEveryImporterWithWhatItRecognises() {
        CliRun.Result table = cli.run("formats");
        assertThat(table.exit()).isZero();
        assertThat(table.out()).contains("aws-credential-report").contains("aws-authorization-details").contains("aws-access-keys")
                .contains("generic-csv").contains("22-column CSV");

        CliRun.Result json = cli.run("formats", "--format", "json");
        assertThat(JsonOutput.array(json.out())).allSatisfy(o -> assertThat(o.fieldNames()).toIterable()
                .containsExactly("id", "version", "recognises"));
    }

    private long[] counts() {
        try (Store store = Store.open(ledger)) {
            return store.read(ctx -> new long[] {ctx.fetchCount(io.steward.model.db.Tables.SNAPSHOT),
                ctx.fetchCount(io.steward.model.db.Tables.IDENTITY), ctx.fetchCount(io.steward.model.db.Tables.LEDGER_ENTRY)});
        }
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
