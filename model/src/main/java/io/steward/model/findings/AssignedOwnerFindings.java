package io.steward.model.findings;

import io.steward.model.findings.rules.NoOwnerRule;
import io.steward.model.findings.rules.OwnerDepartedRule;
import io.steward.model.inventory.Timestamps;
import io.steward.model.people.PeopleDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Brings the owner findings of identities just assigned an owner up to date from the assignments themselves, inside the
 * assigning transaction, instead of evaluating the owner rules for every assigned identity again:
 * <ul>
 *   <li>{@code no-owner} cannot fire for an identity that now has an owner, so its open finding is resolved;</li>
 *   <li>{@code owner-departed} cannot fire while no people directory is loaded (the rule requires one), so then its open
 *       finding is resolved too; with a directory it is evaluated for the assigned identities.</li>
 * </ul>
 * The identities come from the {@code owner_history} rows written since this was opened (one per assignment, keyed by
 * ledger sequence), in one set-based statement. A catalogue that replaces either rule with its own gets that rule
 * evaluated, as before. The result is what {@link FindingEngine#refreshKeys} over the owner rules gives: resolved at
 * this time, with no resolving snapshot.
 */
final class AssignedOwnerFindings {
    static final Set<String> OWNER_RULES = Set.of("no-owner", "owner-departed");
    private final FindingEngine engine;
    private final DSLContext tx;
    private final Instant now;
    private final long sinceSeq;
    private final List<String> resolved = new ArrayList<>();
    private final List<String> evaluated = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();

    /** Opened before the assignments are written. */
    AssignedOwnerFindings(FindingEngine engine, DSLContext tx, Instant now) {
        this.engine = engine;
        this.tx = tx;
        this.now = now;
        this.sinceSeq = tx.fetchOne("SELECT coalesce(max(seq), 0) FROM ledger_entry").get(0, Long.class);
        boolean directory = PeopleDirectory.loaded(tx);
        for (FindingRule rule : engine.catalogue().rules()) {
            String id = rule.info().id();
            if (OWNER_RULES.contains(id)) {
                boolean cannotFire = rule instanceof NoOwnerRule || (rule instanceof OwnerDepartedRule && !directory);
                (cannotFire ? resolved : evaluated).add(id);
            }
        }
    }

    /** {@code key} has been assigned an owner. */
    void assigned(String key) {
        if (!evaluated.isEmpty()) {
            keys.add(key);
        }
    }

    /** Resolves what can no longer fire and evaluates the owner rules that still can, for every identity assigned. */
    void finish() {
        if (!resolved.isEmpty()) {
            List<Object> binds = new ArrayList<>(List.of(Timestamps.format(now), sinceSeq));
            binds.addAll(resolved);
            tx.execute("UPDATE finding SET resolved_at = ?, resolved_snapshot = NULL WHERE resolved_at IS NULL"
                    + " AND identity_key IN (SELECT identity_key FROM owner_history WHERE ledger_seq > ?)"
                    + " AND rule IN (" + String.join(", ", resolved.stream().map(r -> "?").toList()) + ")", binds.toArray());
        }
        if (!evaluated.isEmpty() && !keys.isEmpty()) {
            engine.refreshKeys(tx, keys, Set.copyOf(evaluated), Findings.settings(tx), now);
        }
    }
}
