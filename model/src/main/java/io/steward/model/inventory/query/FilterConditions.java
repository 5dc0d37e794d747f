package io.steward.model.inventory.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

import static io.steward.model.db.Tables.IDENTITY;

/**
 * Turns an {@link IdentityFilter} into SQL conditions over the current identity rows, each free to use its
 * index (counts and facets; pages go through {@link AccessPlan}, which chooses one index).
 */
final class FilterConditions {
    private static final char ESCAPE = '\\';

    private FilterConditions() {
    }

    /** Every condition of the filter, starting with the current-row one; never empty. */
    static List<Condition> of(IdentityFilter f, CurrentSnapshots current, RiskSql risk) {
        List<Condition> all = new ArrayList<>();
        all.add(Inventory.isListed());
        if (f.source() != null) {
            List<Long> ids = current.ids(f.source());
            all.add(ids.isEmpty() ? DSL.falseCondition() : ids.size() == 1 ? IDENTITY.SNAPSHOT_ID.eq(ids.get(0))
                    : IDENTITY.SNAPSHOT_ID.in(ids));
        }
        facet(all, IDENTITY.KIND, f.kind());
        if (f.environment() != null) {
            all.add(MergedFacets.facet(IDENTITY.ENVIRONMENT, IDENTITY.ENVIRONMENT, f.environment(), current));
        }
        if (f.ownerHint() != null) {
            all.add(MergedFacets.facet(IDENTITY.OWNER_HINT, IDENTITY.OWNER_HINT, f.ownerHint(), current));
        }
        if (f.enabled() != null) {
            all.add(IDENTITY.ENABLED.eq(f.enabled() ? 1L : 0L));
        }
        if (f.text() != null) {
            all.add(search(f.text()));
        }
        if (f.risk() != null) {
            // Counting visits every match: start from the level's findings (they stop once the cap is reached when the
            // level is common, and are few when it is rare), never from every identity. NONE has no findings to start from.
            all.add(f.risk() == RiskLevel.NONE ? risk.is(f.risk()) : risk.reachedFromFindings(f.risk()));
        }
        return all;
    }

    private static void facet(List<Condition> all, Field<String> field, String value) {
        if (value != null) {
            all.add(facet(field, value));
        }
    }

    /** {@code field = value}, or {@code field IS NULL} for {@link IdentityFilter#UNKNOWN}. */
    static Condition facet(Field<String> field, String value) {
        return IdentityFilter.UNKNOWN.equals(value) ? field.isNull() : field.eq(value);
    }

    /**
     * The text search: a case-insensitive substring of the name. It scans the name index (which holds the
     * lower-case name), so it needs no table reads and stops as soon as a page is full.
     */
    static Condition search(String text) {
        return IDENTITY.NAME_KEY.like("%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%", ESCAPE);
    }

    static String escapeLike(String text) {
        StringBuilder b = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE || c == '%' || c == '_') {
                b.append(ESCAPE);
            }
            b.append(c);
        }
        return b.toString();
    }
}
