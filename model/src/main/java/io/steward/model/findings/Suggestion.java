package io.steward.model.findings;

import io.steward.model.owners.OwnerRef;

/**
 * An owner hint an importer found for an unowned identity, offered, never applied silently. {@code suggested} is the
 * person or team of the people directory the hint names, or {@code null} when it names nobody there;
 * {@code source} says where the hint came from (importer and source, e.g. "kubernetes-yaml k8s:prod").
 */
public record Suggestion(String identityKey, String name, String hint, OwnerRef suggested, String source) {
}
