package io.steward.model.inventory.query;

/**
 * A credential added, removed or changed (same native id and kind, other metadata).
 *
 * @param before {@code null} when added
 * @param after  {@code null} when removed
 */
public record CredentialChange(ChangeType type, CredentialView before, CredentialView after) {
}
