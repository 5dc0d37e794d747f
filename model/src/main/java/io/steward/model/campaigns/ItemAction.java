package io.steward.model.campaigns;

/** One step in an item's history: a decision, a correction (it supersedes an earlier one), a delegation or no-response. */
public record ItemAction(long seq, String action, String actor, String at, String comment, String remove, String to,
                         Long supersedes, boolean superseded) {
}
