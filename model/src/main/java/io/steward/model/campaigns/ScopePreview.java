package io.steward.model.campaigns;

import java.util.Map;

/** What opening a campaign with a scope would freeze: how many items, and how many each reviewer gets. */
public record ScopePreview(String scope, long items, Map<String, Long> reviewers, long unowned) {
}
