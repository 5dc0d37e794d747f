package io.steward.model.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import static io.steward.model.db.Tables.LEDGER_META;

/**
 * One ledger file: opens or creates it owner-only, migrates it, and hands out jOOQ contexts for
 * reads and for IMMEDIATE write transactions. All SQLite-specific set-up lives here.
 */
public final class Store implements AutoCloseable {
    static {
        // jOOQ prints a banner and tips to the log on first use; users and scripts should not see them.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    static final int BUSY_TIMEOUT_MS = 30_000;
    private static final int MAX_IDLE = 4;
    private static final Settings JOOQ = new Settings().withRenderSchema(false).withExecuteLogging(false);

    private final Path file;
    private final SQLiteDataSource dataSource;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private final String ledgerId;
    /** Work to run once the write transaction open on this thread has committed. */
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();
    private boolean closed;

    private Store(Path file) {
        this.file = file;
        this.dataSource = new SQLiteDataSource(config());
        dataSource.setUrl("jdbc:sqlite:" + file);
        this.ledgerId = read(ctx -> ctx.select(LEDGER_META.LEDGER_ID).from(LEDGER_META).fetchOne(LEDGER_META.LEDGER_ID));
    }

    /** Opens (creating if needed) the ledger at {@code file}: version check, owner-only permissions, migrations. */
    public static Store open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        requireSupportedSqlite();
        try {
            OwnerOnlyFiles.createFile(absolute);
        } catch (IOException e) {
            throw new StoreException("Cannot create the ledger file " + absolute + ": " + e.getMessage()
                    + ". Check that the folder exists and is writable, or choose another file with --ledger.", e);
        }
        migrate(absolute);
        Store store = new Store(absolute);
        store.restrictSideFiles();
        return store;
    }

    static void requireSupportedSqlite() {
        try {
            SqliteVersion.parse(org.sqlite.SQLiteJDBCLoader.getVersion()).requireSupported();
        } catch (Exception e) {
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("Cannot load the SQLite library: " + e.getMessage(), e);
        }
    }

    private static void migrate(Path file) {
        SQLiteDataSource ds = new SQLiteDataSource(config());
        ds.setUrl("jdbc:sqlite:" + file);
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                    .loggers("slf4j").load().migrate();
        } catch (FlywayException e) {
            throw new StoreException("Cannot open " + file + " as a Steward ledger: " + rootMessage(e)
                    + ". Is it a Steward ledger file written by this or an older version?", e);
        }
    }

    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // A deferred transaction that reads then writes gets SQLITE_BUSY at once; take the write lock up front.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config;
    }

    public Path file() {
        return file;
    }

    /** The random id written into this ledger when it was created; checkpoints name it. */
    public String ledgerId() {
        return ledgerId;
    }

    /** Runs {@code work} on an auto-commit connection (each statement sees the latest committed data). */
    public <T> T read(Function<DSLContext, T> work) {
        Connection c = borrow();
        try {
            return work.apply(DSL.using(c, SQLDialect.SQLITE, JOOQ));
        } finally {
            giveBack(c);
        }
    }

    /**
     * Runs {@code work} in one {@code BEGIN IMMEDIATE} transaction: committed if it returns,
     * rolled back if it throws. Another process writing at the same time makes this wait, not fail.
     */
    public <T> T write(Function<DSLContext, T> work) {
        if (afterCommit.get() != null) {
            throw new IllegalStateException("a write transaction is already open on this thread; pass its context on");
        }
        List<Runnable> committed = new ArrayList<>();
        afterCommit.set(committed);
        T result;
        try {
            result = transaction(work);
        } finally {
            afterCommit.remove();
        }
        committed.forEach(Runnable::run);
        return result;
    }

    /**
     * Runs {@code action} after the write transaction open on this thread commits (not at all if it rolls
     * back), e.g. to tell listeners about the entries it appended.
     */
    public void afterCommit(Runnable action) {
        List<Runnable> pending = afterCommit.get();
        if (pending == null) {
            throw new IllegalStateException("afterCommit outside Store.write");
        }
        pending.add(action);
    }

    private <T> T transaction(Function<DSLContext, T> work) {
        Connection c = borrow();
        boolean healthy = false;
        try (Statement st = c.createStatement()) {
            // Explicit statements rather than setAutoCommit: the driver would re-open a transaction after commit.
            st.execute("BEGIN IMMEDIATE");
            try {
                T result = work.apply(DSL.using(c, SQLDialect.SQLITE, JOOQ));
                st.execute("COMMIT");
                healthy = true;
                return result;
            } catch (RuntimeException | Error e) {
                st.execute("ROLLBACK");
                healthy = true;
                throw e;
            }
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            if (healthy) {
                giveBack(c);
            } else {
                closeQuietly(c);
            }
        }
    }

    /** A raw connection for bulk work that needs prepared-statement batching; give it back with {@link #release}. */
    public Connection connection() {
        return borrow();
    }

    public void release(Connection c) {
        giveBack(c);
    }

    /** A new connection that is never pooled, for work on its own thread (e.g. parallel verification). */
    public Connection newConnection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private synchronized Connection borrow() {
        if (closed) {
            throw new StoreException("The ledger " + file + " is closed.");
        }
        Connection c = idle.pollFirst();
        return c != null ? c : newConnection();
    }

    private synchronized void giveBack(Connection c) {
        if (!closed && idle.size() < MAX_IDLE) {
            idle.addFirst(c);
        } else {
            closeQuietly(c);
        }
    }

    private void restrictSideFiles() {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                OwnerOnlyFiles.restrict(Path.of(file + suffix));
            } catch (IOException e) {
                throw new StoreException("Cannot make " + file + suffix + " readable by its owner only: " + e.getMessage(), e);
            }
        }
    }

    static StoreException translate(SQLException e) {
        if (e instanceof SQLiteException se && (se.getResultCode() == SQLiteErrorCode.SQLITE_BUSY
                || se.getResultCode() == SQLiteErrorCode.SQLITE_LOCKED)) {
            return new StoreException("The ledger stayed locked by another Steward process for "
                    + BUSY_TIMEOUT_MS / 1000 + " s. Try again when it has finished.", e);
        }
        return new StoreException("Database error: " + e.getMessage(), e);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing a broken connection: nothing to do
        }
    }

    /** True when {@code file} exists and is non-empty, i.e. opening it will not create a new ledger. */
    public static boolean exists(Path file) {
        try {
            return Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (Connection c : idle) {
            closeQuietly(c);
        }
        idle.clear();
    }

    /** Runs a statement outside jOOQ: PRAGMAs and other SQLite-specific maintenance only. */
    public void pragma(String sql) {
        Connection c = borrow();
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            giveBack(c);
        }
    }
}
