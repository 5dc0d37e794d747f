package io.steward.model.stepup;

/** What the current inventory says about a request's target (or requester): null fields when not known. */
public record TargetFacts(String identityKey, String name, String kind, String source, String environment, boolean found) {
    public static TargetFacts unknown(String key) {
        return new TargetFacts(key, null, null, null, null, false);
    }
}
