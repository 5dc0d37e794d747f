package io.steward.model.campaigns;

import java.util.List;

/**
 * Exactly what a reviewer's sign-off covers: their items with the decisions in force, and the hash the
 * {@code campaign.signed-off} entry records over them (docs/LEDGER.md). {@code undecided} must be empty to sign.
 */
public record SignOffStatement(String campaign, String reviewer, List<CampaignItem> items, List<Long> undecided,
                               String decisionsHash) {
}
