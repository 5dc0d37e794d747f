package io.steward.model.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * A check the verifier runs once the chain holds: it is shown every entry of {@link #kinds()} in seq order,
 * then {@link #finish} once. Jobs use it for rules that span entries ("the requester is not the approver")
 * and to rebuild a projection from the ledger and compare it with the table (e.g. current owners).
 * A fresh instance is made for each verification, so it may keep state.
 */
public interface EntryCheck {
    /** What the check is about, for the report (e.g. "current owners match the ledger"). */
    String name();

    /** The entry kinds the check reads; only those entries are read. */
    Set<String> kinds();

    /** One entry of those kinds; returns a plain sentence naming what does not hold, or null. */
    String check(LedgerEntry entry);

    /**
     * After the last entry, with a plain JDBC read on the ledger file (the verifier runs on JDBC so that a short
     * {@code ledger verify} does not start jOOQ); returns what does not hold, or null.
     */
    default String finish(Connection read) throws SQLException {
        return null;
    }
}
