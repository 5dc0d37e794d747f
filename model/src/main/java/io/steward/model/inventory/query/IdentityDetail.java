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
 */
public record IdentityDetail(IdentityRow identity, boolean current, String importerId, long contentHash,
                             Map<String, Object> attributes, Map<String, String> tags,
                             List<CredentialView> credentials, List<GrantView> grants, List<LinkView> links,
                             IdentityRow parent, List<IdentityRow> children, List<HistoryEntry> history) {
}
