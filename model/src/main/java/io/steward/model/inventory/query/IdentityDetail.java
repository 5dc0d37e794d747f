package io.steward.model.inventory.query;

import java.util.List;
import java.util.Map;

/**
 * Everything stored about one identity row, its neighbours and its history.
 *
 * @param attributes importer-derived facts (JSON object as a map), empty when none
 * @param tags       the source's own labels
 * @param parent     the identity this one belongs to, or {@code null}
 * @param children   identities that belong to this one (a user's access keys)
 * @param history    the same stable id in every snapshot of its series, oldest first
 * @param merged     the other current rows of the same principal (same identity key), each in full: other importers
 *                   that describe it. Empty for a row that is not current or that one importer alone describes. The
 *                   {@code identity} row then carries the merged facts (newest last use, owner hint, ...), and
 *                   {@code tags} the union (this row's value first).
 */
public record IdentityDetail(IdentityRow identity, boolean current, String importerId, long contentHash,
                             Map<String, Object> attributes, Map<String, String> tags,
                             List<CredentialView> credentials, List<GrantView> grants, List<LinkView> links,
                             IdentityRow parent, List<IdentityRow> children, List<HistoryEntry> history,
                             List<IdentityDetail> merged) {
    public IdentityDetail {
        merged = merged == null ? List.of() : List.copyOf(merged);
    }

    /** Where this row's own facts come from. */
    public FactOrigin origin() {
        return new FactOrigin(identity.id(), identity.snapshotId(), identity.source(), importerId);
    }

    /** Every row that describes the principal: this one, then the merged ones. */
    public List<IdentityDetail> rows() {
        List<IdentityDetail> all = new java.util.ArrayList<>(1 + merged.size());
        all.add(this);
        all.addAll(merged);
        return all;
    }

    /** The credentials of every row of the principal, each with the row it came from. */
    public List<Sourced<CredentialView>> allCredentials() {
        return rows().stream().flatMap(d -> d.credentials().stream().map(c -> new Sourced<>(c, d.origin()))).toList();
    }

    /** The grants of every row of the principal, each with the row it came from. */
    public List<Sourced<GrantView>> allGrants() {
        return rows().stream().flatMap(d -> d.grants().stream().map(g -> new Sourced<>(g, d.origin()))).toList();
    }

    /** The children (an IAM user's access keys) of every row of the principal. */
    public List<IdentityRow> allChildren() {
        return rows().stream().flatMap(d -> d.children().stream()).toList();
    }

    /** The links of every row of the principal. */
    public List<LinkView> allLinks() {
        return rows().stream().flatMap(d -> d.links().stream()).toList();
    }
}
