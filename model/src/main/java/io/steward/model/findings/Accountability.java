package io.steward.model.findings;

import static io.steward.model.db.Tables.IDENTITY_OWNER;

import io.steward.model.BadInputException;
import io.steward.model.ledger.Ledger;
import io.steward.model.owners.Assignment;
import io.steward.model.owners.CurrentOwner;
import io.steward.model.owners.KnownIdentities;
import io.steward.model.owners.OwnerNames;
import io.steward.model.owners.OwnerRef;
import io.steward.model.owners.OwnershipRule;
import io.steward.model.owners.Owners;
import io.steward.model.owners.OwnershipRulesParser;
import io.steward.model.owners.UnknownOwnerException;
import io.steward.model.people.PeopleDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accountability over owners and findings: assigning (with the owner findings of the identity brought up to date in the
 * same transaction), the orphan queue sorted by risk, owner-hint suggestions and accepting them in bulk.
 */
public final class Accountability {
    private static final Logger LOG = LoggerFactory.getLogger(Accountability.class);
    private final Owners owners;
    private final Findings findings;
    private final io.steward.model.FileNames fileNames;

    public Accountability(Owners owners, Findings findings) {
        this(owners, findings, io.steward.model.FileNames.AS_GIVEN);
    }

    /** {@code fileNames} says how a rules file's name is written into the assignments' ledger entries (secrets redacted). */
    public Accountability(Owners owners, Findings findings, io.steward.model.FileNames fileNames) {
        this.owners = owners;
        this.findings = findings;
        this.fileNames = fileNames;
    }

    public Owners owners() {
        return owners;
    }

    public Findings findings() {
        return findings;
    }

    private Ledger ledger() {
        return owners.ledger();
    }

    /**
     * Assigns owner and backup (as typed: e-mail, person id, login, team or team:NAME) to the identity {@code identity}
     * names. @throws BadInputException for an unknown identity or person (nearest names given); nothing is written
     */
    public CurrentOwner assign(String actor, String identity, String owner, String backup, String reason, boolean allowUnknown) {
        if (reason == null || reason.isBlank()) {
            throw new BadInputException(null, null, "an owner assignment needs a reason (--reason)");
        }
        return ledger().store().write(tx -> {
            String key = KnownIdentities.resolve(tx, identity);
            OwnerRef o = OwnerNames.resolve(tx, owner, allowUnknown);
            OwnerRef b = backup == null || backup.isBlank() ? null : OwnerNames.resolve(tx, backup, allowUnknown);
            AssignedOwnerFindings ownerFindings = ownerFindings(tx);
            CurrentOwner c = owners.assign(tx, actor, key, Assignment.manual(o, b, reason.strip()));
            ownerFindings.assigned(key);
            ownerFindings.finish();
            return c;
        });
    }

    /**
     * What the ownership rules of {@code file} would assign now (see {@link OwnershipRulesPlanner}); nothing is written.
     * @throws BadInputException for an owner the people directory does not know, naming line and column
     */
    public List<PlannedAssignment> planRules(Path file, List<OwnershipRule> rules, boolean allowUnknown) {
        return OwnershipRulesPlanner.plan(ledger().store(), file, fileNames.storable(file), rules, allowUnknown);
    }

    /** Assigns every planned change in one transaction (one entry each) and updates the owner findings. */
    public int apply(String actor, List<PlannedAssignment> plan) {
        if (plan.isEmpty()) {
            return 0;
        }
        long started = System.nanoTime();
        int applied = ledger().store().write(tx -> {
            try (WorkingCache cache = WorkingCache.widen(tx)) {
                AssignedOwnerFindings ownerFindings = ownerFindings(tx);
                try (Owners.Writer writer = owners.writer(tx, actor)) {
                    for (PlannedAssignment p : plan) {
                        writer.assign(p.identityKey(), p.assignment());
                        ownerFindings.assigned(p.identityKey());
                    }
                }
                long assigned = System.nanoTime();
                ownerFindings.finish();
                LOG.debug("Assignments: {} entries in {} ms, owner findings in {} ms", plan.size(), (assigned - started) / 1_000_000,
                        (System.nanoTime() - assigned) / 1_000_000);
            }
            return plan.size();
        });
        LOG.debug("Assignments committed {} ms after they started", (System.nanoTime() - started) / 1_000_000);
        return applied;
    }

    /** The owner findings of identities assigned in {@code tx}, resolved from the assignments (see the class). */
    private AssignedOwnerFindings ownerFindings(DSLContext tx) {
        return new AssignedOwnerFindings(findings.engine(), tx, findings.now());
    }

    private static final String ORPHANS = "WITH orphan AS ("
            + " SELECT i.identity_key AS identity_key, 'no owner' AS why FROM identity i WHERE i.current = 1 AND i.parent_id IS NULL"
            + "   AND NOT EXISTS (SELECT 1 FROM identity_owner o WHERE o.identity_key = i.identity_key)"
            + " UNION SELECT f.identity_key, 'owner left' FROM finding f WHERE f.rule = 'owner-departed' AND f.resolved_at IS NULL"
            + "   AND EXISTS (SELECT 1 FROM identity x WHERE x.identity_key = f.identity_key AND x.current = 1)),"
            // ranked and cut to the page first; names, sources and owners are then read for the page's rows only
            + " ranked AS MATERIALIZED (SELECT o.identity_key, o.why,"
            + "  COALESCE((SELECT max(CASE f.severity WHEN 'critical' THEN 5 WHEN 'high' THEN 4 WHEN 'medium' THEN 3 WHEN 'low' THEN 2"
            + "    ELSE 1 END) FROM finding f WHERE f.identity_key = o.identity_key AND f.resolved_at IS NULL" + Accountability.NOT_ACCEPTED
            + "    AND f.rule NOT IN ('no-owner', 'owner-departed')), 0) AS risk,"
            + "  (SELECT count(*) FROM finding f WHERE f.identity_key = o.identity_key AND f.resolved_at IS NULL"
            + "    AND f.rule IN ('overprivileged', 'agent-standing-privilege')) AS privileged,"
            + "  (SELECT count(*) FROM finding f WHERE f.identity_key = o.identity_key AND f.resolved_at IS NULL) AS findings"
            + " FROM orphan o ORDER BY risk DESC, privileged DESC, findings DESC, o.identity_key LIMIT ? OFFSET ?)"
            + " SELECT o.identity_key, o.why, i.name, i.kind, s.source, i.owner_hint, w.owner, o.risk, o.privileged, o.findings"
            + " FROM ranked o"
            + " JOIN identity i ON i.id = (SELECT min(x.id) FROM identity x WHERE x.identity_key = o.identity_key AND x.current = 1)"
            + " JOIN snapshot s ON s.id = i.snapshot_id LEFT JOIN identity_owner w ON w.identity_key = o.identity_key"
            + " ORDER BY o.risk DESC, o.privileged DESC, o.findings DESC, o.identity_key";
    static final String NOT_ACCEPTED = " AND NOT EXISTS (SELECT 1 FROM finding_acceptance a WHERE a.identity_key = f.identity_key"
            + " AND a.rule = f.rule AND a.ended_at IS NULL AND a.accepted_until > strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))";

    /** The orphan queue, riskiest first: no owner or owner left; then by open findings' worst severity, privilege, count. */
    public List<Orphan> orphans(int limit, int offset) {
        return ledger().store().read(ctx -> ctx.fetch(ORPHANS, limit, offset).map(r -> new Orphan(r.get(0, String.class),
                r.get(2, String.class), r.get(3, String.class), r.get(4, String.class), r.get(6, String.class), r.get(5, String.class),
                r.get(1, String.class), r.get(7, Integer.class), r.get(8, Integer.class), r.get(9, Integer.class))));
    }

    /** How many identities are in the orphan queue. */
    public int orphanCount() {
        return ledger().store().read(ctx -> ctx.fetchOne("SELECT count(*) FROM (SELECT i.identity_key FROM identity i"
                + " WHERE i.current = 1 AND i.parent_id IS NULL AND NOT EXISTS (SELECT 1 FROM identity_owner o WHERE"
                + " o.identity_key = i.identity_key) UNION SELECT f.identity_key FROM finding f WHERE f.rule = 'owner-departed'"
                + " AND f.resolved_at IS NULL)").get(0, Integer.class));
    }

    /** Owner hints of unowned identities, matched against the people directory, with where each came from. */
    public List<Suggestion> suggestions(int limit) {
        return ledger().store().read(ctx -> suggestions(ctx, null, limit));
    }

    /** The suggestion for one identity, if its owner hint offers one. */
    public List<Suggestion> suggestionsFor(String identityKey) {
        return ledger().store().read(ctx -> suggestions(ctx, identityKey, 10));
    }

    private static List<Suggestion> suggestions(DSLContext ctx, String key, int limit) {
        var rows = ctx.fetch("SELECT i.identity_key, i.name, i.owner_hint, s.importer_id, s.source FROM identity i"
                + " JOIN snapshot s ON s.id = i.snapshot_id WHERE i.current = 1 AND i.parent_id IS NULL AND i.owner_hint IS NOT NULL"
                + (key == null ? "" : " AND i.identity_key = ?")
                + " AND NOT EXISTS (SELECT 1 FROM identity_owner o WHERE o.identity_key = i.identity_key)"
                + " ORDER BY i.identity_key LIMIT ?", key == null ? new Object[] {limit} : new Object[] {key, limit});
        boolean loaded = PeopleDirectory.loaded(ctx);
        List<Suggestion> out = new ArrayList<>();
        String last = null;
        for (var r : rows) {
            String k = r.get(0, String.class);
            if (k.equals(last)) {
                continue;
            }
            last = k;
            String hint = r.get(2, String.class);
            OwnerRef suggested = null;
            try {
                suggested = loaded ? OwnerNames.resolve(ctx, hint, false) : null;
            } catch (UnknownOwnerException | IllegalArgumentException e) {
                suggested = null;
            }
            out.add(new Suggestion(k, r.get(1, String.class), hint, suggested, r.get(3, String.class) + " " + r.get(4, String.class)));
        }
        return out;
    }

    /** What accepting {@code chosen} would assign: only suggestions that name someone in the directory. */
    public List<PlannedAssignment> preview(List<Suggestion> chosen, String reason) {
        List<PlannedAssignment> plan = new ArrayList<>();
        for (Suggestion s : chosen) {
            if (s.suggested() != null) {
                plan.add(new PlannedAssignment(s.identityKey(), s.name(), null, new Assignment(s.suggested(), null,
                        reason == null || reason.isBlank() ? "owner hint '" + s.hint() + "' from " + s.source() : reason, "suggestion")));
            }
        }
        return plan;
    }

    /**
     * What the rules text {@code lines} (named {@code file} in messages and reasons) would change, from the current owners:
     * parsed, then planned; a dry run, nothing is written. @throws BadInputException naming the line and column of a bad
     * rule or an unknown owner
     */
    public List<PlannedAssignment> previewRules(Path file, List<String> lines, boolean allowUnknown) {
        return OwnershipRulesPlanner.plan(ledger().store(), file, fileNames.storable(file), OwnershipRulesParser.parse(file, lines), allowUnknown);
    }

    /** People and teams of the directory for an owner field, matched by e-mail, person id, login, name or team. */
    public List<PeopleDirectory.Completion> ownerCompletions(String text, int limit) {
        return ledger().store().read(ctx -> PeopleDirectory.complete(ctx, text, limit));
    }

    /** Keys of identities whose current owner is {@code owner} (for the Findings page's owner counts). */
    public int ownedBy(String owner) {
        return ledger().store().read(ctx -> ctx.fetchCount(IDENTITY_OWNER, IDENTITY_OWNER.OWNER.eq(owner)));
    }
}
