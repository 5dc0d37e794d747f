package io.steward.model.campaigns;

/** One reviewer's share of a campaign: items, how many decided, and whether they have signed off. */
public record ReviewerProgress(String reviewer, long items, long decided, boolean signedOff) {
}
