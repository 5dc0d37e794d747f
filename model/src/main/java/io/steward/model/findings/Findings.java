package io.steward.model.findings;

import static io.steward.model.db.Tables.FINDING;
import static io.steward.model.db.Tables.FINDING_ACCEPTANCE;
import static io.steward.model.db.Tables.FINDING_SETTING;

import io.steward.model.BadInputException;
import io.steward.model.inventory.Timestamps;
import io.steward.model.ledger.Ledger;
import io.steward.model.ledger.LedgerEntry;
import io.steward.model.owners.KnownIdentities;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Findings: computing them (after imports and on demand), reading them, and accepting a risk for a while
 * ({@code finding.accepted}, ended early by {@code finding.acceptance-ended}), each in one transaction with its entry.
 */
public final class Findings {
    private final Ledger ledger;
    private final FindingEngine engine;
    private final Clock clock;

    public Findings(Ledger ledger, FindingCatalogue catalogue, Clock clock) {
        this.ledger = ledger;
        this.engine = new FindingEngine(catalogue);
        this.clock = clock;
    }

    public Findings(Ledger ledger) {
        this(ledger, FindingCatalogue.standard(), Clock.systemUTC());
    }

    public FindingCatalogue catalogue() {
        return engine.catalogue();
    }

    public FindingEngine engine() {
        return engine;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Recomputes every current identity's findings in one transaction. */
    public RefreshReport refresh(FindingProgress progress) {
        return ledger.store().write(tx -> engine.refreshAll(tx, settings(tx), clock.instant(), progress));
    }

    /** The thresholds in force: defaults with the overrides stored in {@code finding_setting}. */
    public static FindingSettings settings(DSLContext ctx) {
        FindingSettings s = FindingSettings.DEFAULTS;
        for (var r : ctx.selectFrom(FINDING_SETTING).fetch()) {
            try {
                s = s.with(r.getName(), Integer.parseInt(r.getValue()));
            } catch (IllegalArgumentException ignored) {
                // A setting this version does not know (or a bad number) keeps the default.
            }
        }
        return s;
    }

    public FindingSettings settings() {
        return ledger.store().read(Findings::settings);
    }

    /** Open findings of one identity (accepted ones included, marked), worst first. */
    public List<Finding> openFindings(String identityKey) {
        return ledger.store().read(ctx -> openFindings(ctx, identityKey));
    }

    public List<Finding> openFindings(DSLContext ctx, String identityKey) {
        return query(ctx, FINDING.IDENTITY_KEY.eq(identityKey).and(FINDING.RESOLVED_AT.isNull()), Integer.MAX_VALUE);
    }

    /** Open findings matching {@code filter}, worst first then by identity; {@code limit} rows at most. */
    public List<Finding> open(FindingFilter filter, int limit) {
        return ledger.store().read(ctx -> query(ctx, filter.condition(ctx, clock.instant(), catalogue()), limit));
    }

    /** Findings matching {@code where}, worst first then by identity and rule (the order {@link FindingPages} pages in). */
    List<Finding> query(DSLContext ctx, Condition where, int limit) {
        Instant now = clock.instant();
        var nameField = DSL.field("(SELECT i.name FROM identity i WHERE i.identity_key = finding.identity_key AND i.current = 1"
                + " LIMIT 1)", String.class).as("identity_name");
        var rows = ctx.select(FINDING.fields()).select(nameField).select(FINDING_ACCEPTANCE.fields()).from(FINDING)
                .leftJoin(FINDING_ACCEPTANCE).on(FINDING_ACCEPTANCE.IDENTITY_KEY.eq(FINDING.IDENTITY_KEY)
                        .and(FINDING_ACCEPTANCE.RULE.eq(FINDING.RULE)))
                .where(where)
                .orderBy(FindingPages.SEVERITY_RANK, FINDING.IDENTITY_KEY, FINDING.RULE)
                .limit(limit).fetch();
        return rows.map(r -> toFinding(r, now));
    }

    private Finding toFinding(Record r, Instant now) {
        String ruleId = r.get(FINDING.RULE);
        RuleInfo info = catalogue().info(ruleId).orElseGet(() -> new RuleInfo(ruleId, Severity.of(r.get(FINDING.SEVERITY)), ruleId,
                "A rule this version does not know found this.", "See the rule's documentation.", List.of()));
        Acceptance a = r.get(FINDING_ACCEPTANCE.RULE) == null ? null : acceptance(r);
        return new Finding(r.get(FINDING.ID), r.get(FINDING.IDENTITY_KEY), r.get("identity_name", String.class), info,
                Severity.of(r.get(FINDING.SEVERITY)), r.get(FINDING.EVIDENCE), r.get(FINDING.SOURCE), r.get(FINDING.FIRST_SEEN_SNAPSHOT),
                Timestamps.parse(r.get(FINDING.FIRST_SEEN_AT)), Timestamps.parse(r.get(FINDING.LAST_SEEN_AT)),
                Timestamps.parse(r.get(FINDING.RESOLVED_AT)), a != null && a.inForce(now) ? a : null);
    }

    private static Acceptance acceptance(Record r) {
        return new Acceptance(r.get(FINDING_ACCEPTANCE.IDENTITY_KEY), r.get(FINDING_ACCEPTANCE.RULE),
                Timestamps.parse(r.get(FINDING_ACCEPTANCE.ACCEPTED_UNTIL)), r.get(FINDING_ACCEPTANCE.REASON),
                r.get(FINDING_ACCEPTANCE.ACCEPTED_BY), Timestamps.parse(r.get(FINDING_ACCEPTANCE.ACCEPTED_AT)),
                Timestamps.parse(r.get(FINDING_ACCEPTANCE.ENDED_AT)), r.get(FINDING_ACCEPTANCE.ENDED_BY),
                r.get(FINDING_ACCEPTANCE.END_REASON), r.get(FINDING_ACCEPTANCE.LEDGER_SEQ));
    }

    /** The acceptance of {@code rule} on {@code identityKey} (in force or not), if one was ever recorded. */
    public Optional<Acceptance> acceptance(String identityKey, String rule) {
        return ledger.store().read(ctx -> ctx.selectFrom(FINDING_ACCEPTANCE).where(FINDING_ACCEPTANCE.IDENTITY_KEY.eq(identityKey))
                .and(FINDING_ACCEPTANCE.RULE.eq(rule)).fetchOptional().map(Findings::acceptance));
    }

    /**
     * Accepts the risk of {@code rule} on the identity {@code identity} names until {@code until} (exclusive).
     * @throws BadInputException for an unknown identity or rule, a past date or an empty reason; nothing is written
     */
    public Acceptance accept(String actor, String identity, String rule, Instant until, String reason) {
        catalogue().require(rule);
        if (reason == null || reason.isBlank()) {
            throw new BadInputException(null, null, "accepting a risk needs a reason (--reason)");
        }
        Instant now = clock.instant();
        if (!until.isAfter(now)) {
            throw new BadInputException(null, null, "the acceptance must end in the future, not " + Timestamps.format(until));
        }
        return ledger.store().write(tx -> {
            String key = KnownIdentities.resolve(tx, identity);
            LedgerEntry e = ledger.append(tx, actor, FindingEntries.ACCEPTED, key,
                    new FindingEntries.Accepted(rule, Timestamps.format(until), reason.strip()));
            AcceptanceProjection.accepted(tx, e.seq(), key, rule, Timestamps.format(until), reason.strip(), actor,
                    Timestamps.format(e.time()));
            return new Acceptance(key, rule, until, reason.strip(), actor, e.time(), null, null, null, e.seq());
        });
    }

    /** Ends the acceptance in force of {@code rule} on the identity early. @throws BadInputException when none is in force */
    public Acceptance endAcceptance(String actor, String identity, String rule, String reason) {
        catalogue().require(rule);
        if (reason == null || reason.isBlank()) {
            throw new BadInputException(null, null, "ending an acceptance needs a reason (--reason)");
        }
        return ledger.store().write(tx -> {
            String key = KnownIdentities.resolve(tx, identity);
            Acceptance current = tx.selectFrom(FINDING_ACCEPTANCE).where(FINDING_ACCEPTANCE.IDENTITY_KEY.eq(key))
                    .and(FINDING_ACCEPTANCE.RULE.eq(rule)).fetchOptional().map(Findings::acceptance)
                    .filter(a -> a.inForce(clock.instant()))
                    .orElseThrow(() -> new BadInputException(null, null, "no acceptance of " + rule + " on " + key + " is in force"));
            LedgerEntry e = ledger.append(tx, actor, FindingEntries.ACCEPTANCE_ENDED, key,
                    new FindingEntries.AcceptanceEnded(rule, reason.strip()));
            AcceptanceProjection.ended(tx, key, rule, actor, reason.strip(), Timestamps.format(e.time()));
            return new Acceptance(key, rule, current.until(), current.reason(), current.acceptedBy(), current.acceptedAt(),
                    e.time(), actor, reason.strip(), current.ledgerSeq());
        });
    }

    /** Open findings counted by rule, severity, source, owner or framework item, for the console's charts. */
    public FindingCounts counts() {
        return new FindingCounts(ledger.store(), catalogue(), clock);
    }

    /** Open findings a page at a time, for tables over a million identities. */
    public FindingPages pages() {
        return new FindingPages(ledger.store(), this, clock);
    }

    /** Open findings per rule, accepted ones included. */
    public Map<String, Integer> openCountsByRule() {
        return ledger.store().read(ctx -> ctx.select(FINDING.RULE, DSL.count()).from(FINDING).where(FINDING.RESOLVED_AT.isNull())
                .groupBy(FINDING.RULE).fetch().stream()
                .collect(Collectors.toMap(r -> r.value1(), r -> r.value2(), (a, b) -> a, java.util.TreeMap::new)));
    }
}
