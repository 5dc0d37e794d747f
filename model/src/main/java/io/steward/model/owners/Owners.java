package io.steward.model.owners;

import static io.steward.model.db.Tables.IDENTITY_OWNER;
import static io.steward.model.db.Tables.OWNER_HISTORY;
import static io.steward.model.db.Tables.PERSON;

import io.steward.model.BadInputException;
import io.steward.model.inventory.Timestamps;
import io.steward.model.ledger.Ledger;
import io.steward.model.ledger.LedgerEntry;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;

/**
 * Accountability: assigns owners (each change one {@code owner.assigned} entry carrying the previous owner, with
 * the current-owner projection updated in the same transaction) and reads the current owner and the history.
 */
public final class Owners {
    private final Ledger ledger;

    public Owners(Ledger ledger) {
        this.ledger = ledger;
    }

    public Ledger ledger() {
        return ledger;
    }

    /** Assigns in its own transaction; the identity must be a current identity's key. */
    public CurrentOwner assign(String actor, String identityKey, Assignment assignment) {
        return ledger.store().write(tx -> {
            if (!KnownIdentities.exists(tx, identityKey)) {
                throw new BadInputException(null, null, "no current identity has the key '" + identityKey + "'");
            }
            return assign(tx, actor, identityKey, assignment);
        });
    }

    /** Assigns inside the caller's write transaction: one ledger entry and the projection rows. */
    public CurrentOwner assign(DSLContext tx, String actor, String identityKey, Assignment a) {
        try (Writer w = writer(tx, actor)) {
            return w.assign(identityKey, a);
        }
    }

    /**
     * A run of assignments by {@code actor} inside the caller's write transaction (a bulk apply): each is exactly what
     * {@link #assign(DSLContext, String, String, Assignment)} writes, with the statements and the ledger head kept
     * between them. Close it before writing to the ledger in another way within the transaction.
     */
    public Writer writer(DSLContext tx, String actor) {
        return new Writer(tx, actor);
    }

    /** See {@link #writer}. */
    public final class Writer implements AutoCloseable {
        private final String actor;
        private final Ledger.Appender appender;
        private final OwnerProjection projection;

        private Writer(DSLContext tx, String actor) {
            this.actor = actor;
            this.appender = ledger.appender(tx);
            try {
                this.projection = new OwnerProjection(tx.configuration().connectionProvider().acquire());
            } catch (SQLException e) {
                appender.close();
                throw new DataAccessException("cannot prepare the owner assignment: " + e.getMessage(), e);
            }
        }

        /** One {@code owner.assigned} entry carrying the previous owner, and the projection rows. */
        public CurrentOwner assign(String identityKey, Assignment a) {
            try {
                CurrentOwner previous = projection.current(identityKey);
                OwnerEntries.Assigned payload = new OwnerEntries.Assigned(a.owner().name(), a.owner().kind().id(),
                        a.backup() == null ? null : a.backup().name(), a.backup() == null ? null : a.backup().kind().id(), a.reason(),
                        previous == null ? null : previous.owner().name(), previous == null ? null : previous.owner().kind().id(),
                        previous == null || previous.backup() == null ? null : previous.backup().name(),
                        previous == null || previous.backup() == null ? null : previous.backup().kind().id(), a.via());
                LedgerEntry entry = appender.append(actor, OwnerEntries.ASSIGNED, identityKey, payload);
                projection.apply(entry.seq(), identityKey, payload, Timestamps.format(entry.time()), actor);
                return new CurrentOwner(identityKey, a.owner(), a.backup(), a.reason(), entry.time(), actor, entry.seq());
            } catch (SQLException e) {
                throw new DataAccessException("owner assignment of " + identityKey + " failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try (appender) {
                projection.close();
            } catch (SQLException ignored) {
                // closing statements of a live connection: nothing left to release
            }
        }
    }

    /**
     * The key of the current identity {@code text} names (its key, native id or name).
     * @throws BadInputException when it names none, or several
     */
    public String identityKey(String text) {
        return ledger.store().read(ctx -> KnownIdentities.resolve(ctx, text));
    }

    /**
     * {@code text} (e-mail, person id, login, team or team:NAME) as an owner, checked against the people directory.
     * @throws UnknownOwnerException for a name the directory does not know or a person who left, unless {@code allowUnknown}
     */
    public OwnerRef owner(String text, boolean allowUnknown) {
        return ledger.store().read(ctx -> OwnerNames.resolve(ctx, text, allowUnknown));
    }

    /** Keys of the people the current directory lists as active, in key order: who can own or back up an identity. */
    public List<String> activePeople(int limit) {
        return ledger.store().read(ctx -> ctx.select(PERSON.PERSON_KEY).from(PERSON).where(PERSON.CURRENT.eq(1L))
                .and(PERSON.STATUS.eq("active")).orderBy(PERSON.PERSON_KEY).limit(limit).fetch(PERSON.PERSON_KEY));
    }

    public Optional<CurrentOwner> current(String identityKey) {
        return ledger.store().read(ctx -> current(ctx, identityKey));
    }

    public static Optional<CurrentOwner> current(DSLContext ctx, String identityKey) {
        return ctx.selectFrom(IDENTITY_OWNER).where(IDENTITY_OWNER.IDENTITY_KEY.eq(identityKey)).fetchOptional()
                .map(r -> new CurrentOwner(r.getIdentityKey(), new OwnerRef(r.getOwner(), OwnerKind.of(r.getOwnerKind())),
                        r.getBackup() == null ? null : new OwnerRef(r.getBackup(), OwnerKind.of(r.getBackupKind())),
                        r.getReason(), Timestamps.parse(r.getAssignedAt()), r.getAssignedBy(), r.getLedgerSeq()));
    }

    /** Every assignment of {@code identityKey}, oldest first. */
    public List<CurrentOwner> history(String identityKey) {
        return ledger.store().read(ctx -> ctx.selectFrom(OWNER_HISTORY).where(OWNER_HISTORY.IDENTITY_KEY.eq(identityKey))
                .orderBy(OWNER_HISTORY.LEDGER_SEQ).fetch(Owners::historyRow));
    }

    private static CurrentOwner historyRow(Record rec) {
        var r = rec.into(OWNER_HISTORY);
        return new CurrentOwner(r.getIdentityKey(), new OwnerRef(r.getOwner(), OwnerKind.of(r.getOwnerKind())),
                r.getBackup() == null ? null : new OwnerRef(r.getBackup(), OwnerKind.of(r.getBackupKind())),
                r.getReason(), Timestamps.parse(r.getAssignedAt()), r.getAssignedBy(), r.getLedgerSeq());
    }
}
