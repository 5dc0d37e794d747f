package io.steward.model.campaigns;

import java.util.List;
import java.util.Map;

/** The campaign ledger entry kinds and their payloads (docs/LEDGER.md, "Entry kinds"). */
public final class CampaignEntries {
    public static final String CREATED = "campaign.created";
    public static final String OPENED = "campaign.opened";
    public static final String DECIDED = "campaign.decided";
    public static final String DELEGATED = "campaign.delegated";
    public static final String SIGNED_OFF = "campaign.signed-off";
    public static final String CLOSED = "campaign.closed";
    public static final List<String> KINDS = List.of(CREATED, OPENED, DECIDED, DELEGATED, SIGNED_OFF, CLOSED);

    private CampaignEntries() {
    }

    public record Created(String campaign, String period, String due, String owner, String scope) {
    }

    /** {@code itemsHash} commits to every frozen item; {@code reviewers} counts items per reviewer. */
    public record Opened(String campaign, long items, String itemsHash, Map<String, Long> reviewers) {
    }

    public record DecidedItem(long item, String identity, String frozenHash, Long supersedes) {
    }

    public record Decided(String campaign, String decision, String comment, List<String> remove, List<DecidedItem> items) {
    }

    public record DelegatedItem(long item, String identity, String from) {
    }

    public record Delegated(String campaign, String to, String reason, List<DelegatedItem> items) {
    }

    public record SignedOff(String campaign, String reviewer, long items, String decisionsHash) {
    }

    public record Closed(String campaign, Map<String, Long> decisions, long noResponse, String noResponseHash) {
    }
}
