package io.steward.model.campaigns;

import io.steward.model.BadInputException;
import io.steward.model.campaigns.CampaignEntries.Created;
import io.steward.model.campaigns.CampaignEntries.Opened;
import io.steward.model.ledger.Checkpoints;
import io.steward.model.ledger.Ledger;
import io.steward.model.ledger.LedgerEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jooq.Record;

/**
 * The campaign job, for the CLI and the console alike: create (draft), preview a scope, open (freeze the
 * items), decide and delegate, sign off, close, and the read side. Each state change is one transaction
 * holding its ledger entry; sign-off and close then take a signed checkpoint.
 */
public final class CampaignService {
    private final Ledger ledger;
    private final ReviewFacts facts;
    private final Checkpoints checkpoints;
    private final Clock clock;
    private final Duration unusedThreshold;

    public CampaignService(Ledger ledger, ReviewFacts facts, Checkpoints checkpoints, Clock clock) {
        this(ledger, facts, checkpoints, clock, Recommendation.DEFAULT_UNUSED);
    }

    public CampaignService(Ledger ledger, ReviewFacts facts, Checkpoints checkpoints, Clock clock, Duration unusedThreshold) {
        this.ledger = ledger;
        this.facts = facts;
        this.checkpoints = checkpoints;
        this.clock = clock;
        this.unusedThreshold = unusedThreshold;
    }

    /** A new campaign in draft: nothing is frozen until it is opened. */
    public Campaign create(String actor, String name, String period, LocalDate due, String owner, String scopeQuery) {
        String n = requireName(name);
        if (due == null) {
            throw new BadInputException(null, "campaign " + n, "a due date is required (--due YYYY-MM-DD)");
        }
        String campaignOwner = owner == null || owner.isBlank() ? actor : owner.strip();
        CampaignScope scope = CampaignScope.parse(scopeQuery);
        String now = Ledger.TIME.format(clock.instant());
        ledger.store().write(tx -> {
            if (tx.fetchExists(tx.selectOne().from("campaign").where("name = ?", n))) {
                throw new BadInputException(null, "campaign " + n, "a campaign with this name exists already; choose another name");
            }
            LedgerEntry entry = ledger.append(tx, actor, CampaignEntries.CREATED, n,
                    new Created(n, period, due.toString(), campaignOwner, scope.text()));
            tx.execute("INSERT INTO campaign (name, period, due_date, owner, scope, state, created_at, created_by, created_seq)"
                    + " VALUES (?, ?, ?, ?, ?, 'draft', ?, ?, ?)", n, period, due.toString(), campaignOwner, scope.text(), now,
                    actor, entry.seq());
            return null;
        });
        return campaign(n);
    }

    /** How many items the scope selects now, and for which reviewers; writes nothing. */
    public ScopePreview preview(String scopeQuery, String campaignOwner) {
        CampaignScope scope = CampaignScope.parse(scopeQuery);
        return ledger.store().read(ctx -> CampaignOpening.preview(ctx, scope, facts, campaignOwner));
    }

    /** Freezes the items of a draft campaign and opens it for decisions. */
    public Campaign open(String actor, String name) {
        ledger.store().write(tx -> {
            Record c = CampaignRows.campaign(tx, name);
            if (!Campaign.DRAFT.equals(c.get("state", String.class))) {
                throw new CampaignRefused("not-draft", List.of(), "campaign " + name + " is " + c.get("state", String.class)
                        + "; only a draft campaign can be opened");
            }
            CampaignOpening.Result r = new CampaignOpening(tx, facts, clock.instant(), unusedThreshold)
                    .open(c.get("id", Long.class), CampaignScope.parse(c.get("scope", String.class)), c.get("owner", String.class));
            LedgerEntry entry = ledger.append(tx, actor, CampaignEntries.OPENED, name,
                    new Opened(name, r.items(), r.itemsHash(), r.reviewers()));
            tx.execute("UPDATE campaign SET state = 'open', opened_at = ?, item_count = ?, items_hash = ?, opened_seq = ? WHERE id = ?",
                    Ledger.TIME.format(entry.time()), r.items(), r.itemsHash(), entry.seq(), c.get("id", Long.class));
            return null;
        });
        return campaign(name);
    }

    public Campaign campaign(String name) {
        return ledger.store().read(ctx -> CampaignRows.toCampaign(CampaignRows.campaign(ctx, name)));
    }

    public List<Campaign> list() {
        return ledger.store().read(CampaignRows::all);
    }

    public CampaignDecisions decisions() {
        return new CampaignDecisions(ledger, facts);
    }

    public CampaignSignOffs signOffs() {
        return new CampaignSignOffs(ledger, checkpoints);
    }

    public CampaignItems items() {
        return new CampaignItems(ledger.store());
    }

    /** What has changed for this item's identity since it was frozen (empty = nothing). */
    public List<String> changesSinceFrozen(String campaign, long itemNo) {
        return ledger.store().read(ctx -> ItemChanges.since(ctx, facts, CampaignRows.item(ctx, campaign, itemNo)));
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new BadInputException(null, "campaign", "a campaign name is required");
        }
        String n = name.strip();
        if (n.length() > 100 || n.chars().anyMatch(Character::isISOControl)) {
            throw new BadInputException(null, "campaign " + n, "a name is at most 100 characters, without control characters");
        }
        return n;
    }

    static Map<String, Long> sorted(Map<String, Long> m) {
        return new java.util.TreeMap<>(m);
    }
}
