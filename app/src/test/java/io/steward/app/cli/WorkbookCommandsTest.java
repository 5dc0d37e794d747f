package io.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.model.campaigns.CampaignService;
import io.steward.model.campaigns.Decision;
import io.steward.model.campaigns.ReviewFacts;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.query.SnapshotFixtures;
import io.steward.model.ledger.ActorKeys;
import io.steward.model.ledger.Checkpoints;
import io.steward.model.ledger.Ledger;
import io.steward.model.ledger.Tamper;
import io.steward.model.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code steward export workbook} and {@code steward ledger verify --workbook}, in-process on a real ledger with a campaign. */
class WorkbookCommandsTest extends CliTest {
    Path xlsx;
    long revokeSeq;

    @BeforeEach
    void ledgerWithADecidedCampaign() {
        xlsx = work.resolve("q4.xlsx");
        try (Store store = Store.open(ledger)) {
            new SnapshotFixtures(store).write("aws:111111111111", "aws-iam-credential-report", Instant.parse("2026-11-01T00:00:00Z"),
                    IntStream.range(0, 6).mapToObj(i -> IdentityRecord.builder("arn:aws:iam::111111111111:user/svc-" + i, "iam-user")
                            .name(i == 2 ? "=cmd|' /C calc'!A0" : "svc-" + i).build()).toList());
            Ledger l = new Ledger(store, Clock.systemUTC());
            CampaignService campaigns = new CampaignService(l, new ReviewFacts(ctx -> Map.of(), ctx -> Map.of(), ctx -> Map.of()),
                    new Checkpoints(l, new ActorKeys(home.resolve("keys")), Clock.systemUTC()), Clock.systemUTC());
            campaigns.create("alice", "Q4", "2026-Q4", LocalDate.parse("2026-12-31"), "alice", "");
            campaigns.open("alice", "Q4");
            campaigns.decisions().decide("alice", "Q4", List.of(1L, 2L), Decision.certify("still needed"));
            revokeSeq = campaigns.decisions().decide("alice", "Q4", List.of(3L), Decision.revoke("unused")).seq();
        }
    }

    @Test
    void exportWritesAnOwnerOnlyWorkbookThatVerifies() throws IOException {
        CliRun.Result export = steward("--actor", "alice", "export", "workbook", "--campaign", "Q4", "--out", xlsx.toString());
        assertThat(export.err()).isEmpty();
        assertThat(export.exit()).isEqualTo(ExitCodes.OK);
        assertThat(export.out()).contains("Wrote " + xlsx).contains("6 items").contains("Signed head: seq");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(xlsx))).isEqualTo("rw-------");

        CliRun.Result verify = steward("ledger", "verify", "--workbook", xlsx.toString());
        assertThat(verify.exit()).isEqualTo(ExitCodes.OK);
        assertThat(verify.out()).contains("Result:              verified").contains("Workbook result:     matches the ledger")
                .containsPattern("Workbook checkpoints: *[1-9]");
    }

    @Test
    void aDecisionChangedInTheWorkbookFailsWithSheetRowAndColumn() throws IOException {
        steward("--actor", "alice", "export", "workbook", "--campaign", "Q4", "--out", xlsx.toString());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row row = wb.getSheet("Attestations").getRow(3);
            row.removeCell(row.getCell(7));
            row.createCell(7).setCellValue("certify");
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        CliRun.Result verify = steward("ledger", "verify", "--workbook", xlsx.toString());
        assertThat(verify.exit()).isEqualTo(ExitCodes.VERIFICATION_FAILED);
        assertThat(verify.out()).contains("Result:              verified")
                .contains("Workbook result:     FAILED: 1 difference(s)")
                .contains("sheet 'Attestations', row 4, column 'Decision': the workbook says \"certify\", the ledger's entry "
                        + revokeSeq + " says \"revoke\"");
    }

    @Test
    void aLedgerTamperedAfterTheExportFails() {
        steward("--actor", "alice", "export", "workbook", "--campaign", "Q4", "--out", xlsx.toString());
        new Tamper(ledger).editBody(revokeSeq, "\"comment\":\"unused\"", "\"comment\":\"in use\"");
        CliRun.Result verify = steward("ledger", "verify", "--workbook", xlsx.toString());
        assertThat(verify.exit()).isEqualTo(ExitCodes.VERIFICATION_FAILED);
        assertThat(verify.out()).contains("First bad entry:     seq " + revokeSeq)
                .contains("sheet 'Attestations', row 4, column 'Comment': the workbook says \"unused\", the ledger's entry "
                        + revokeSeq + " says \"in use\"");
    }

    @Test
    void aTamperedLedgerIsNotExportedNorSigned() throws IOException {
        new Tamper(ledger).editBody(revokeSeq, "\"comment\":\"unused\"", "\"comment\":\"in use\"");
        long checkpointLines = checkpointLines();
        CliRun.Result export = steward("--actor", "alice", "export", "workbook", "--campaign", "Q4", "--out", xlsx.toString());
        assertThat(export.exit()).isNotEqualTo(ExitCodes.OK);
        assertThat(export.err()).contains("does not verify").contains("refused");
        assertThat(xlsx).doesNotExist();
        try (var files = Files.list(work)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".part"))).isEmpty();
        }
        assertThat(checkpointLines()).isEqualTo(checkpointLines);
    }

    private long checkpointLines() throws IOException {
        Path sidecar = Path.of(ledger + ".checkpoints");
        return Files.exists(sidecar) ? Files.readAllLines(sidecar).size() : 0;
    }

    @Test
    void anExportByAnActorWhoNeverSignedTrustsTheKeyThenSignsAVerifiedHead() {
        // bob's first signature appends the entry that trusts his key, so the head he signs is not the one verified first
        CliRun.Result export = steward("--actor", "bob", "export", "workbook", "--campaign", "Q4", "--out", xlsx.toString());
        assertThat(export.err()).isEmpty();
        assertThat(export.exit()).isEqualTo(ExitCodes.OK);
        assertThat(export.out()).contains("checkpoint by bob");
        CliRun.Result verify = steward("ledger", "verify", "--workbook", xlsx.toString());
        assertThat(verify.exit()).isEqualTo(ExitCodes.OK);
        assertThat(verify.out()).contains("Workbook result:     matches the ledger");
    }

    @Test
    void anUnknownCampaignOrMissingWorkbookIsBadInputAndWritesNothing() {
        CliRun.Result export = steward("export", "workbook", "--campaign", "Nope", "--out", xlsx.toString());
        assertThat(export.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(export.err()).contains("Nope");
        assertThat(xlsx).doesNotExist();

        CliRun.Result verify = steward("ledger", "verify", "--workbook", work.resolve("missing.xlsx").toString());
        assertThat(verify.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(verify.err()).contains("missing.xlsx");

        CliRun.Result wrongName = steward("export", "workbook", "--campaign", "Q4", "--out", work.resolve("q4.csv").toString());
        assertThat(wrongName.exit()).isEqualTo(ExitCodes.USAGE);
    }
}
