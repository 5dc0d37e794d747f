package io.steward.exports.workbook;

import io.steward.model.inventory.SnapshotInfo;
import io.steward.model.ledger.Checkpoint;
import java.util.List;

/**
 * The Evidence sheet: how to verify, the snapshots the workbook rests on (file, SHA-256, importer,
 * generated-at) and every checkpoint with its signature and public key, so the workbook can be checked
 * against the ledger on any machine.
 */
final class EvidenceSheet {
    static final String NAME = "Evidence";
    static final String SNAPSHOTS_TITLE = "Snapshots";
    static final String CHECKPOINTS_TITLE = "Checkpoints";
    static final String[] SNAPSHOT_HEADERS = {"Snapshot", "File name", "File SHA-256", "Importer", "Source", "Generated at (UTC)",
        "Imported at (UTC)", "Imported by", "Ledger seq"};
    static final String[] CHECKPOINT_HEADERS = {"Seq signed", "Head hash", "Time (UTC)", "Actor", "Ledger id", "Key fingerprint (SHA-256)",
        "Public key (base64 SubjectPublicKeyInfo)", "Signature (base64 Ed25519)"};
    private static final ColumnType[] SNAPSHOT_TYPES = {ColumnType.INTEGER, ColumnType.IMPORTED_TEXT, ColumnType.TEXT, ColumnType.TEXT,
        ColumnType.IMPORTED_TEXT, ColumnType.DATE_TIME, ColumnType.DATE_TIME, ColumnType.IMPORTED_TEXT, ColumnType.INTEGER};
    private static final ColumnType[] CHECKPOINT_TYPES = {ColumnType.INTEGER, ColumnType.TEXT, ColumnType.DATE_TIME, ColumnType.IMPORTED_TEXT,
        ColumnType.TEXT, ColumnType.TEXT, ColumnType.TEXT, ColumnType.TEXT};

    static final String HOW_TO_VERIFY = "How to verify. Every row of the Ledger sheet, and every decision row, carries the seq and"
            + " SHA-256 hash of its ledger entry. With the ledger file, run: steward ledger verify --workbook THIS_FILE.xlsx"
            + " It re-computes the hash chain, checks that each of those rows is in the ledger with the same content, and checks"
            + " the checkpoints below: each is an Ed25519 signature, by the named actor's key, over the statement"
            + " {actor, headHash, keyFingerprint, ledgerId, seq, time} in canonical JSON; a checkpoint whose seq is beyond the"
            + " ledger's head shows deleted entries, one whose head hash differs shows a rebuilt chain. docs/LEDGER.md in"
            + " Steward's repository describes the entry format, the hashes and the checkpoints, and how to re-compute them with"
            + " sqlite3, sha256sum and openssl alone.";

    private EvidenceSheet() {
    }

    static void write(WorkbookWriter writer, List<SnapshotInfo> snapshots, List<Checkpoint> checkpoints) {
        WorkbookWriter.FormSheet form = writer.form(NAME, 14, 40);
        int[] widths = {14, 40, 66, 24, 16, 24, 24, 16, 66};
        for (int i = 2; i < widths.length; i++) {
            form.width(i, widths[i]);
        }
        form.title("Evidence");
        form.paragraph(HOW_TO_VERIFY);
        form.blank();
        form.title(SNAPSHOTS_TITLE);
        form.headers(SNAPSHOT_HEADERS);
        for (SnapshotInfo s : snapshots) {
            form.cells(SNAPSHOT_TYPES, s.id(), s.fileName(), s.fileSha256(), s.importerId() + " " + s.importerVersion(), s.source(),
                    s.generatedAt(), s.importedAt(), s.importedBy(), s.ledgerSeq());
        }
        if (snapshots.isEmpty()) {
            form.paragraph("No snapshot was imported.");
        }
        form.blank();
        form.title(CHECKPOINTS_TITLE);
        form.headers(CHECKPOINT_HEADERS);
        for (Checkpoint c : checkpoints) {
            form.cells(CHECKPOINT_TYPES, c.seq(), c.headHash(), c.time(), c.actor(), c.ledgerId(), c.keyFingerprint(), c.publicKey(),
                    c.signature());
        }
    }
}
