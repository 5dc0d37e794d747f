package io.steward.app.cli;

import io.steward.app.Workspace;
import io.steward.model.inventory.query.CountResult;
import io.steward.model.inventory.query.CredentialView;
import io.steward.model.inventory.query.GrantView;
import io.steward.model.inventory.query.IdentityFilter;
import io.steward.model.inventory.query.IdentityPage;
import io.steward.model.inventory.query.IdentityRow;
import io.steward.model.inventory.query.IdentitySort;
import io.steward.model.inventory.query.InventoryQuery;
import io.steward.model.inventory.query.PageRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code steward inventory}: the current identities (newest snapshot of every series), filtered, searched and
 * sorted in SQL and streamed a page at a time.
 */
@Command(name = "inventory", mixinStandardHelpOptions = true,
        description = {"List the current identities (the newest snapshot of every source and importer).",
            "--query matches a case-insensitive part of the name. Sorting, filtering and paging happen in the ledger, so a"
                + " million identities stream in constant memory."})
final class InventoryCommand extends StewardCommand {
    static final int PAGE = 1_000;
    static final List<String> TABLE_COLUMNS = List.of("name", "kind", "source", "environment", "owner", "enabled", "last_used", "created",
            "id");
    static final List<String> CSV_COLUMNS = List.of("id", "row_id", "source", "kind", "name", "environment", "owner", "enabled",
            "created_at", "last_used_at", "credentials", "grants");
    static final List<String> JSON_COLUMNS = List.of("id", "rowId", "source", "kind", "name", "environment", "owner", "enabled",
            "createdAt", "lastUsedAt", "credentials", "grants");

    @Option(names = "--query", paramLabel = "TEXT", description = "only identities whose name contains TEXT (any case)")
    String query;

    @Option(names = "--source", paramLabel = "S", description = "only this source, e.g. aws:123456789012")
    String source;

    @Option(names = "--kind", paramLabel = "K", description = "only this kind, e.g. access-key")
    String kind;

    @Option(names = "--owner", paramLabel = "P", description = "only this owner hint; '' for identities without one")
    String owner;

    @Option(names = "--sort", paramLabel = "FIELD", defaultValue = "name",
            description = "name, kind, source, last-used or created (default: ${DEFAULT-VALUE})")
    String sort;

    @Option(names = "--desc", description = "sort descending (newest first for last-used and created)")
    boolean descending;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "at most N identities; 0 lists all (default: ${DEFAULT-VALUE})")
    long limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (one JSON array, with credentials and grants); default: ${DEFAULT-VALUE}")
    OutputFormat format;

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new ParameterException(spec.commandLine(), "--limit must be 0 (all) or more, got " + limit);
        }
        IdentitySort order;
        try {
            order = IdentitySort.parse(sort);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        IdentityFilter filter = new IdentityFilter(source, kind, null, owner, null, query);
        long shown = 0;
        try (Workspace workspace = openExistingLedger()) {
            InventoryQuery inventory = new InventoryQuery(workspace.store());
            try (RowWriter rows = format.open(out(), columns())) {
                PageRequest first = PageRequest.first(filter, order, descending, limit == 0 ? PAGE : (int) Math.min(PAGE, limit));
                IdentityPage page = inventory.page(first);
                while (true) {
                    shown += write(inventory, rows, page.rows(), limit == 0 ? Long.MAX_VALUE : limit - shown);
                    if (!page.hasNext() || (limit != 0 && shown >= limit)) {
                        break;
                    }
                    page = inventory.page(first.next(page.next()));
                }
            }
            if (format == OutputFormat.table) {
                CountResult total = inventory.count(filter);
                out().printf("%n%,d of %s%s identities%s%n", shown, total.exact() ? String.format("%,d", total.count()) : "more than "
                        + String.format("%,d", total.count()), filter.isAll() ? "" : " matching", shown < total.count()
                        ? " (--limit 0 lists all)" : "");
            }
        }
        return ExitCodes.OK;
    }

    private List<String> columns() {
        return switch (format) {
            case table -> TABLE_COLUMNS;
            case csv -> CSV_COLUMNS;
            case json -> JSON_COLUMNS;
        };
    }

    /** Writes up to {@code room} rows of a page, reading their credentials and grants in one query each. */
    private long write(InventoryQuery inventory, RowWriter rows, List<IdentityRow> page, long room) {
        List<IdentityRow> take = page.size() > room ? page.subList(0, (int) room) : page;
        Map<Long, List<CredentialView>> credentials = Map.of();
        Map<Long, List<GrantView>> grants = Map.of();
        if (format != OutputFormat.table && !take.isEmpty()) {
            List<Long> ids = take.stream().map(IdentityRow::id).toList();
            credentials = inventory.credentialsOf(ids);
            grants = inventory.grantsOf(ids);
        }
        for (IdentityRow r : take) {
            rows.row(values(r, credentials.getOrDefault(r.id(), List.of()), grants.getOrDefault(r.id(), List.of())));
        }
        return take.size();
    }

    private List<Object> values(IdentityRow r, List<CredentialView> credentials, List<GrantView> grants) {
        return switch (format) {
            case table -> Arrays.asList(r.name(), r.kind(), r.source(), r.environment(), r.ownerHint(), r.enabled(),
                    CliTimes.show(r.lastUsedAt(), format), CliTimes.show(r.createdAt(), format), r.nativeId());
            case csv -> Arrays.asList(r.nativeId(), r.id(), r.source(), r.kind(), r.name(), r.environment(), r.ownerHint(), r.enabled(),
                    CliTimes.iso(r.createdAt()), CliTimes.iso(r.lastUsedAt()), credentials.size(), grants.size());
            case json -> Arrays.asList(r.nativeId(), r.id(), r.source(), r.kind(), r.name(), r.environment(), r.ownerHint(), r.enabled(),
                    CliTimes.iso(r.createdAt()), CliTimes.iso(r.lastUsedAt()), InventoryJson.credentials(credentials),
                    InventoryJson.grants(grants));
        };
    }
}
