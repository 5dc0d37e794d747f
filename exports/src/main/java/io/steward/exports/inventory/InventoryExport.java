package io.steward.exports.inventory;

import io.steward.exports.rows.RowWriter;
import io.steward.model.inventory.query.CountResult;
import io.steward.model.inventory.query.CredentialView;
import io.steward.model.inventory.query.GrantView;
import io.steward.model.inventory.query.IdentityFilter;
import io.steward.model.inventory.query.IdentityRow;
import io.steward.model.inventory.query.IdentitySort;
import io.steward.model.inventory.query.InventoryQuery;
import io.steward.model.inventory.query.InventoryQuery.Children;
import io.steward.model.inventory.query.PageRequest;
import io.steward.model.inventory.query.PrincipalChildren;
import io.steward.model.store.OwnerOnlyFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The current identities a {@link Selection} picks, in its order, read a page at a time so a million rows
 * stream in constant memory. {@code steward inventory} prints them and the console's Export writes them to a
 * file, both through here, so the two give the same rows and columns.
 */
public final class InventoryExport {
    /** Rows per query: enough to amortise each query, few enough to keep memory flat. */
    static final int PAGE = 1_000;
    public static final List<String> CSV_COLUMNS = List.of("key", "id", "row_id", "source", "kind", "name", "environment", "owner_hint",
            "enabled",
            "created_at", "last_used_at", "risk", "open_findings", "credentials", "grants");
    public static final List<String> JSON_COLUMNS = List.of("key", "id", "rowId", "source", "kind", "name", "environment", "ownerHint",
            "enabled",
            "createdAt", "lastUsedAt", "risk", "openFindings", "credentials", "grants");

    private final InventoryQuery query;

    public InventoryExport(InventoryQuery query) {
        this.query = Objects.requireNonNull(query, "query");
    }

    /** Which identities, in what order; {@code limit} 0 means all. */
    public record Selection(IdentityFilter filter, IdentitySort sort, boolean descending, long limit) {
        public Selection {
            Objects.requireNonNull(filter, "filter");
            Objects.requireNonNull(sort, "sort");
            if (limit < 0) {
                throw new IllegalArgumentException("limit is 0 (all) or more, got " + limit);
            }
        }

        public static Selection all(IdentityFilter filter, IdentitySort sort, boolean descending) {
            return new Selection(filter, sort, descending, 0);
        }
    }

    /**
     * One identity (a principal: the facts of every current row of its key merged); its credentials and grants, from
     * every such row, are empty unless they were asked for.
     */
    public record Row(IdentityRow identity, List<CredentialView> credentials, List<GrantView> grants) {
    }

    /** Rows done so far of {@code total}, or of an unknown total (-1). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(long done, long total);
    }

    /**
     * Hands every selected identity to {@code sink}, in order. Checks {@code cancelled} between pages and then
     * throws {@link CancellationException}. Returns how many rows it handed over.
     */
    public long forEach(Selection s, boolean withChildren, Consumer<Row> sink, Progress progress, BooleanSupplier cancelled) {
        return walk(s, withChildren ? Children.LISTED : Children.NONE,
                (r, children) -> sink.accept(new Row(r, children.credentialsOf(r.key()), children.grantsOf(r.key()))), progress, cancelled);
    }

    /** Writes the selection as CSV or JSON to {@code out} (not closed). Returns the number of identities. */
    public long write(Selection s, ExportFormat format, PrintWriter out, Progress progress, BooleanSupplier cancelled) {
        boolean csv = format == ExportFormat.CSV;
        try (RowWriter rows = format.open(out, csv ? CSV_COLUMNS : JSON_COLUMNS)) {
            // CSV shows only how many credentials and grants: counted in SQL, not read
            return walk(s, csv ? Children.COUNTED : Children.LISTED, (r, children) -> rows.row(values(r, children, csv)), progress,
                    cancelled);
        }
    }

    private long walk(Selection s, Children children, BiConsumer<IdentityRow, PrincipalChildren> sink, Progress progress,
                      BooleanSupplier cancelled) {
        long total = progress == Progress.NONE ? -1 : total(s);
        PageRequest first = PageRequest.first(s.filter(), s.sort(), s.descending(), (int) Math.min(PAGE, s.limit() == 0 ? PAGE : s.limit()));
        long[] done = {0};
        progress.update(0, total);
        // one walk: the selection is planned once and read in one read transaction, so the rows are one state of the ledger
        query.walk(first, s.limit(), children, (rows, pageChildren) -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("export cancelled after " + done[0] + " rows");
            }
            for (IdentityRow r : rows) {
                sink.accept(r, pageChildren);
            }
            done[0] += rows.size();
            progress.update(done[0], total);
        });
        return done[0];
    }

    /**
     * Writes the selection to {@code file}, readable by its owner only. The rows go to a hidden file beside it
     * that replaces {@code file} at the end in one step, so a cancelled or failed export leaves no half file
     * and an older file of that name intact. CSV starts with a byte-order mark so that Excel reads it as UTF-8.
     */
    public long writeFile(Selection s, ExportFormat format, Path file, Progress progress, BooleanSupplier cancelled) throws IOException {
        Path target = file.toAbsolutePath();
        Path part = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
        try {
            OwnerOnlyFiles.restrict(part);
            long count;
            try (BufferedWriter buffered = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
                 PrintWriter out = new PrintWriter(buffered)) {
                if (format == ExportFormat.CSV) {
                    out.print('\uFEFF');
                }
                count = write(s, format, out, progress, cancelled);
                if (out.checkError()) { // PrintWriter keeps I/O errors (a full disk) to itself
                    throw new IOException("could not write " + target + " (is the disk full?)");
                }
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return count;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private long total(Selection s) {
        CountResult count = query.count(s.filter());
        if (!count.exact()) {
            return -1;
        }
        return s.limit() == 0 ? count.count() : Math.min(count.count(), s.limit());
    }

    private static List<Object> values(IdentityRow r, PrincipalChildren children, boolean csv) {
        Object credentials = csv ? (Object) children.credentialCount(r.key()) : InventoryJson.streamedCredentials(children.credentialsOf(r.key()));
        Object grants = csv ? (Object) children.grantCount(r.key()) : InventoryJson.streamedGrants(children.grantsOf(r.key()));
        return Arrays.asList(r.key(), r.nativeId(), r.id(), r.source(), r.kind(), r.name(), r.environment(), r.ownerHint(), r.enabled(),
                InventoryJson.iso(r.createdAt()), InventoryJson.iso(r.lastUsedAt()), r.risk() == null ? null : r.risk().level().id(),
                r.risk() == null ? null : r.risk().findings(), credentials, grants);
    }
}
