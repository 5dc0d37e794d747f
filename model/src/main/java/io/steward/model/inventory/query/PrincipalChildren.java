package io.steward.model.inventory.query;

import java.util.List;
import java.util.Map;

/** The credentials and grants of some principals, by identity key; a principal without any has no entry. */
public record PrincipalChildren(Map<String, List<CredentialView>> credentials, Map<String, List<GrantView>> grants) {
    public List<CredentialView> credentialsOf(String key) {
        return credentials.getOrDefault(key, List.of());
    }

    public List<GrantView> grantsOf(String key) {
        return grants.getOrDefault(key, List.of());
    }
}
