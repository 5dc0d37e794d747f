package io.steward.model.inventory;

/** Counts of what changed from snapshot {@code fromId} to snapshot {@code toId}. */
public record DiffSummary(long fromId, long toId, long identitiesAdded, long identitiesRemoved, long identitiesChanged,
                          long identitiesUnchanged, long credentialsAdded, long credentialsRemoved, long credentialsChanged,
                          long grantsAdded, long grantsRemoved) {
    public boolean empty() {
        return identitiesAdded + identitiesRemoved + identitiesChanged == 0;
    }
}
