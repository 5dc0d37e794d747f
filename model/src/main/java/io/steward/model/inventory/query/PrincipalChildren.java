package io.steward.model.inventory.query;

import java.util.List;
import java.util.Map;

/**
 * The credentials and grants of some principals, by identity key (a principal without any has no entry); or, when only
 * counted ({@link InventoryQuery.Children#COUNTED}), how many of each it has, with the lists empty.
 */
public record PrincipalChildren(Map<String, List<CredentialView>> credentials, Map<String, List<GrantView>> grants,
                                Map<String, Integer> credentialCounts, Map<String, Integer> grantCounts) {
    static final PrincipalChildren NONE = new PrincipalChildren(Map.of(), Map.of());

    /** Listed children; the counts are the lists' sizes. */
    public PrincipalChildren(Map<String, List<CredentialView>> credentials, Map<String, List<GrantView>> grants) {
        this(credentials, grants, Map.of(), Map.of());
    }

    public List<CredentialView> credentialsOf(String key) {
        return credentials.getOrDefault(key, List.of());
    }

    public List<GrantView> grantsOf(String key) {
        return grants.getOrDefault(key, List.of());
    }

    /** How many credentials the principal has, listed or counted. */
    public int credentialCount(String key) {
        List<CredentialView> listed = credentials.get(key);
        return listed != null ? listed.size() : credentialCounts.getOrDefault(key, 0);
    }

    /** How many grants the principal has, listed or counted. */
    public int grantCount(String key) {
        List<GrantView> listed = grants.get(key);
        return listed != null ? listed.size() : grantCounts.getOrDefault(key, 0);
    }
}
