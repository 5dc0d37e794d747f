package io.steward.model.inventory.query;

/**
 * Which current identities to show. A {@code null} field means "any". For the facet fields,
 * {@link #UNKNOWN} (the empty string) selects identities whose value is unknown/none, e.g.
 * {@code ownerHint = UNKNOWN} lists identities without an owner hint.
 *
 * @param source      exact source, e.g. {@code aws:123456789012}
 * @param kind        exact kind, e.g. {@code access-key}
 * @param environment exact environment
 * @param ownerHint   exact owner hint (what a tag, column or description suggests; not the accountable ownerHint)
 * @param enabled     true / false; {@code null} = any (unknown cannot be selected separately)
 * @param text        search text, see {@link InventoryQuery} for how it matches; blank = none
 * @param risk        the worst open, not accepted, finding ({@link RiskLevel#NONE}: identities without any)
 */
public record IdentityFilter(String source, String kind, String environment, String ownerHint, Boolean enabled, String text,
                             RiskLevel risk) {
    /** A facet filter value meaning "the source does not say". */
    public static final String UNKNOWN = "";
    public static final IdentityFilter ALL = new IdentityFilter(null, null, null, null, null, null, null);

    public IdentityFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** Any risk. */
    public IdentityFilter(String source, String kind, String environment, String ownerHint, Boolean enabled, String text) {
        this(source, kind, environment, ownerHint, enabled, text, null);
    }

    public IdentityFilter withSource(String v) {
        return new IdentityFilter(v, kind, environment, ownerHint, enabled, text, risk);
    }

    public IdentityFilter withKind(String v) {
        return new IdentityFilter(source, v, environment, ownerHint, enabled, text, risk);
    }

    public IdentityFilter withEnvironment(String v) {
        return new IdentityFilter(source, kind, v, ownerHint, enabled, text, risk);
    }

    public IdentityFilter withOwnerHint(String v) {
        return new IdentityFilter(source, kind, environment, v, enabled, text, risk);
    }

    public IdentityFilter withEnabled(Boolean v) {
        return new IdentityFilter(source, kind, environment, ownerHint, v, text, risk);
    }

    public IdentityFilter withText(String v) {
        return new IdentityFilter(source, kind, environment, ownerHint, enabled, v, risk);
    }

    public IdentityFilter withRisk(RiskLevel v) {
        return new IdentityFilter(source, kind, environment, ownerHint, enabled, text, v);
    }

    /** True when nothing narrows the list. */
    public boolean isAll() {
        return source == null && kind == null && environment == null && ownerHint == null && enabled == null && text == null && risk == null;
    }

    /** True when only the source (or nothing) narrows the list: facet counts then come from the import's own counts. */
    public boolean onlySource() {
        return kind == null && environment == null && ownerHint == null && enabled == null && text == null && risk == null;
    }
}
