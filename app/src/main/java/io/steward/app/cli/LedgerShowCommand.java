package io.steward.app.cli;

import io.steward.exports.rows.RowWriter;
import io.steward.app.Workspace;
import io.steward.model.ledger.Ledger;
import io.steward.model.ledger.LedgerEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code steward ledger show}: the newest entries (or all), oldest first, read page by page. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "List ledger entries, oldest first: the newest --limit entries, or all with --limit 0.")
final class LedgerShowCommand extends StewardCommand {
    static final int PAGE = 1000;
    private static final int SHORT_HASH = 16;
    private static final List<String> TABLE_COLUMNS = List.of("seq", "time", "actor", "kind", "subject", "hash");
    private static final List<String> FULL_COLUMNS = List.of("seq", "time", "actor", "kind", "subject", "payload", "prev_hash", "hash");

    @Mixin
    RowFormatOption output;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "show the newest N entries; 0 shows all (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--kind", paramLabel = "KIND", description = "only entries of this kind, e.g. checkpoint")
    String kind;

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new ParameterException(spec.commandLine(), "--limit must be 0 (all) or more, got " + limit);
        }
        try (Workspace workspace = openReadOnlyLedger();
             RowWriter rows = output.open(out(), output.format == OutputFormat.table ? TABLE_COLUMNS : FULL_COLUMNS)) {
            Ledger ledger = workspace.ledger();
            if (limit == 0) {
                writeAll(ledger, rows);
            } else {
                writeNewest(ledger, rows);
            }
        }
        return ExitCodes.OK;
    }

    /** Keyset paging from the start, so even a million entries stream in flat memory. */
    private void writeAll(Ledger ledger, RowWriter rows) {
        long after = 0;
        List<LedgerEntry> page;
        do {
            page = ledger.page(after, PAGE, false, kind);
            page.forEach(e -> rows.row(values(e)));
            after = page.isEmpty() ? after : page.get(page.size() - 1).seq();
        } while (page.size() == PAGE);
    }

    private void writeNewest(Ledger ledger, RowWriter rows) {
        List<LedgerEntry> newest = new ArrayList<>();
        long before = Long.MAX_VALUE;
        while (newest.size() < limit) {
            List<LedgerEntry> page = ledger.page(before, Math.min(PAGE, limit - newest.size()), true, kind);
            newest.addAll(page);
            if (page.isEmpty()) {
                break;
            }
            before = page.get(page.size() - 1).seq();
        }
        Collections.reverse(newest);
        newest.forEach(e -> rows.row(values(e)));
    }

    private List<Object> values(LedgerEntry e) {
        String time = e.time() == null ? null : Ledger.TIME.format(e.time());
        if (output.format == OutputFormat.table) {
            String hash = e.hash() == null ? null : e.hash().substring(0, Math.min(SHORT_HASH, e.hash().length()));
            return Arrays.asList(e.seq(), time, e.actor(), e.kind(), e.subject(), hash);
        }
        return Arrays.asList(e.seq(), time, e.actor(), e.kind(), e.subject(), e.payload(), e.prevHash(), e.hash());
    }
}
