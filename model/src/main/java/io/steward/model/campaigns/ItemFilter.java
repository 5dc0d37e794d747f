package io.steward.model.campaigns;

/**
 * Which items of a campaign to list; a null field means any. {@code finding} is a rule id, or
 * {@link CampaignScope#ANY} / {@link CampaignScope#NONE}; {@code decided} true = decided, false = undecided.
 */
public record ItemFilter(String reviewer, Boolean decided, String recommendation, String finding, String source) {
    public static final ItemFilter ALL = new ItemFilter(null, null, null, null, null);

    public static ItemFilter reviewer(String reviewer) {
        return new ItemFilter(reviewer, null, null, null, null);
    }

    public ItemFilter withReviewer(String v) {
        return new ItemFilter(v, decided, recommendation, finding, source);
    }

    public ItemFilter withDecided(Boolean v) {
        return new ItemFilter(reviewer, v, recommendation, finding, source);
    }

    public ItemFilter withRecommendation(String v) {
        return new ItemFilter(reviewer, decided, v, finding, source);
    }

    public ItemFilter withFinding(String v) {
        return new ItemFilter(reviewer, decided, recommendation, v, source);
    }

    public ItemFilter withSource(String v) {
        return new ItemFilter(reviewer, decided, recommendation, finding, v);
    }
}
