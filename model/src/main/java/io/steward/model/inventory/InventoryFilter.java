package io.steward.model.inventory;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * What the inventory shows: identities of the newest snapshot of every series (or of one snapshot),
 * narrowed by a text search and facet values. An empty set means "any"; a set may contain {@code null}
 * to select identities where the source says nothing (no environment, no owner, enabled unknown).
 *
 * @param text       case-insensitive substring of the name, the native id or the owner hint; null/blank = none
 * @param snapshotId browse this snapshot instead of the newest ones; null = newest of every series
 */
public record InventoryFilter(String text, Set<String> sources, Set<String> kinds, Set<String> environments, Set<String> owners,
                              Set<Boolean> enabled, Long snapshotId) {
    public InventoryFilter {
        sources = copy(sources);
        kinds = copy(kinds);
        environments = copy(environments);
        owners = copy(owners);
        enabled = copy(enabled);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** Everything in the newest snapshots. */
    public static InventoryFilter all() {
        return new InventoryFilter(null, null, null, null, null, null, null);
    }

    public InventoryFilter withText(String value) {
        return new InventoryFilter(value, sources, kinds, environments, owners, enabled, snapshotId);
    }

    public InventoryFilter withSources(Set<String> value) {
        return new InventoryFilter(text, value, kinds, environments, owners, enabled, snapshotId);
    }

    public InventoryFilter withKinds(Set<String> value) {
        return new InventoryFilter(text, sources, value, environments, owners, enabled, snapshotId);
    }

    public InventoryFilter withEnvironments(Set<String> value) {
        return new InventoryFilter(text, sources, kinds, value, owners, enabled, snapshotId);
    }

    public InventoryFilter withOwners(Set<String> value) {
        return new InventoryFilter(text, sources, kinds, environments, value, enabled, snapshotId);
    }

    public InventoryFilter withEnabled(Set<Boolean> value) {
        return new InventoryFilter(text, sources, kinds, environments, owners, value, snapshotId);
    }

    public InventoryFilter inSnapshot(Long value) {
        return new InventoryFilter(text, sources, kinds, environments, owners, enabled, value);
    }

    /** True when only the latest-snapshot scope applies (no text, no facet value chosen). */
    public boolean unfiltered() {
        return text == null && sources.isEmpty() && kinds.isEmpty() && environments.isEmpty() && owners.isEmpty()
                && enabled.isEmpty();
    }

    private static <T> Set<T> copy(Set<T> s) {
        return s == null || s.isEmpty() ? Set.of() : Collections.unmodifiableSet(new HashSet<>(s));
    }
}
