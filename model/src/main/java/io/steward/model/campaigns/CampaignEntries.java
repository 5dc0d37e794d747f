package io.steward.model.campaigns;

import io.steward.model.ledger.EntryKind;
import io.steward.model.ledger.EntryKinds;
import java.util.List;
import java.util.Map;

/** The campaign ledger entry kinds and their payloads (docs/LEDGER.md, "Entry kinds"). */
public final class CampaignEntries {
    public static final EntryKind<Created> CREATED = EntryKind.of("campaign.created", Created.class);
    public static final EntryKind<Opened> OPENED = EntryKind.of("campaign.opened", Opened.class);
    public static final EntryKind<Decided> DECIDED = EntryKind.of("campaign.decided", Decided.class);
    public static final EntryKind<Delegated> DELEGATED = EntryKind.of("campaign.delegated", Delegated.class);
    public static final EntryKind<SignedOff> SIGNED_OFF = EntryKind.of("campaign.signed-off", SignedOff.class);
    public static final EntryKind<Closed> CLOSED = EntryKind.of("campaign.closed", Closed.class);
    public static final List<EntryKind<?>> KINDS = List.of(CREATED, OPENED, DECIDED, DELEGATED, SIGNED_OFF, CLOSED);

    private CampaignEntries() {
    }

    /** Adds the campaign kinds to the ledger's entry-kind catalogue. */
    public static void register(EntryKinds.Builder catalogue) {
        catalogue.kinds(KINDS);
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
