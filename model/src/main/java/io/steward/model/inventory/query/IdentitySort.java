package io.steward.model.inventory.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The orders the inventory can be paged in: name; kind then name; source then importer then name; last used;
 * created; risk (the worst open finding, see {@link RiskLevel}) then name.
 * Remaining ties go by row id. Each is served by an index over the current identities, so changing the sort
 * of a million rows costs one page. Unknown times (never used, creation unknown) come first ascending and
 * last descending.
 */
public enum IdentitySort {
    NAME("name"),
    KIND("kind"),
    SOURCE("source"),
    LAST_USED("last-used"),
    CREATED("created"),
    RISK("risk");

    private final String id;

    IdentitySort(String id) {
        this.id = id;
    }

    /** The word the CLI and saved views use: name, kind, source, last-used, created, risk. */
    public String id() {
        return id;
    }

    /** Parses {@link #id()} (case-insensitive; {@code last_used} also accepted). */
    public static IdentitySort parse(String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (IdentitySort s : values()) {
            if (s.id.equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown sort '" + text + "'. Sort by one of: "
                + Arrays.stream(values()).map(IdentitySort::id).collect(Collectors.joining(", ")));
    }
}
