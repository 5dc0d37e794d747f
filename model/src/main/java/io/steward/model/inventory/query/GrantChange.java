package io.steward.model.inventory.query;

/**
 * A grant added, removed, or changed (same privilege, resource and path; another condition).
 *
 * @param before {@code null} when added
 * @param after  {@code null} when removed
 */
public record GrantChange(ChangeType type, GrantView before, GrantView after) {
}
