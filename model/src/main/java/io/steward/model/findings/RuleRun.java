package io.steward.model.findings;

import java.time.Instant;
import org.jooq.DSLContext;

/** What a rule gets while findings are computed: the write transaction, the settings, the scope, a sink. */
public interface RuleRun {
    DSLContext tx();

    FindingSettings settings();

    /** When this computation runs (for rules that compare with the present, e.g. acceptance or grant expiry). */
    Instant now();

    /**
     * An SQL condition selecting the current {@code identity} rows (under the table alias {@code alias}) whose
     * findings are being computed: every current row on a refresh, the identities of the imported snapshot after
     * an import.
     */
    String inScope(String alias);

    /**
     * Records findings: {@code select} returns two columns, {@code identity_key} and {@code evidence} (a JSON
     * object text of the fields and values that fired the rule; never a secret). One finding per key: the first
     * row of a key wins.
     */
    void emit(String select, Object... binds);
}
