package io.steward.model.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
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

/**
 * One ledger file: opens or creates it owner-only, migrates it, and hands out jOOQ contexts for
 * reads and for IMMEDIATE write transactions (and plain JDBC connections for start-up-sensitive reads).
 * All SQLite-specific set-up lives here.
 */
public final class Store implements AutoCloseable {
    static {
        // jOOQ prints a banner and tips to the log on first use; users and scripts should not see them.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    static final int BUSY_TIMEOUT_MS = 30_000;
    /**
     * Page size of a ledger created by this version: 16 KiB pages hold four times the rows of the 4 KiB default, so a bulk
     * import writes and sorts fewer pages (docs/BENCHMARKS.md, "Import").
     */
    static final int NEW_LEDGER_PAGE_SIZE = 16_384;
    private static final int MAX_IDLE = 4;
    /** How much of a ledger opened read-only is memory-mapped: SQLite's own ceiling (about 2 GiB) by default builds. */
    static final long READ_ONLY_MMAP_BYTES = 0x7fff0000L;

    private final Path file;
    private final SQLiteDataSource dataSource;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private final String ledgerId;
    /** Work to run once the write transaction open on this thread has committed. */
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();
    private boolean closed;

    private final boolean readOnly;

    private Store(Path file) {
        this(file, dataSource(file), false);
    }

    private Store(Path file, SQLiteDataSource dataSource, boolean readOnly) {
        this.file = file;
        this.dataSource = dataSource;
        this.readOnly = readOnly;
        this.ledgerId = jdbc(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT ledger_id FROM ledger_meta")) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    /**
     * jOOQ's settings, built on the first jOOQ read or write: opening a store and plain JDBC reads ({@link #jdbc}) load no
     * jOOQ class, so a short reading command such as {@code ledger verify} does not pay for jOOQ's start.
     */
    private static final class Jooq {
        static final Settings SETTINGS = new Settings().withRenderSchema(false).withExecuteLogging(false);
    }

    private static SQLiteDataSource dataSource(Path file) {
        SQLiteDataSource ds = new SQLiteDataSource(config());
        ds.setUrl("jdbc:sqlite:" + file);
        return ds;
    }

    /**
     * Opens an existing ledger for reading only. It runs no migration unless the file needs one (then it must be
     * writable), takes no write lock, so it never waits for an import in another process (WAL readers see the last
     * commit), and never changes the file: no chmod, and a file this user cannot write (0444, read-only media) is
     * opened immutable, so no -wal or -shm file is created beside it.
     */
    public static Store openReadOnly(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        requireSupportedSqlite();
        Path parent = absolute.getParent();
        boolean writable = meantToBeWritten(absolute) && (parent == null || meantToBeWritten(parent));
        SQLiteDataSource ro = readOnlyDataSource(absolute, !writable);
        if (pendingMigrations(ro, absolute)) {
            if (!writable) {
                throw new StoreException("The ledger " + absolute + " was written by an older Steward and must be upgraded once,"
                        + " which needs write access. Open it once where it is writable (or copy it), then try again.");
            }
            return open(absolute);
        }
        return new Store(absolute, ro, true);
    }

    /** Writable, and not deliberately read-only (no owner write bit) — the latter matters even to root. */
    private static boolean meantToBeWritten(Path p) {
        if (!Files.isWritable(p)) {
            return false;
        }
        try {
            return !p.getFileSystem().supportedFileAttributeViews().contains("posix")
                    || Files.getPosixFilePermissions(p).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        } catch (IOException e) {
            return false;
        }
    }

    private static SQLiteDataSource readOnlyDataSource(Path file, boolean immutable) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // Read pages through a memory map rather than a read() call each: a listing of a large ledger probes pages all
        // over the file, and the calls were a third of sqlite's time (docs/BENCHMARKS.md, "CLI output"). Reading only.
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(READ_ONLY_MMAP_BYTES));
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toUri().toString().replace("file:///", "file:/") + (immutable ? "?immutable=1" : "?mode=ro"));
        return ds;
    }

    private static boolean pendingMigrations(SQLiteDataSource ro, Path file) {
        try {
            java.util.Optional<Boolean> quick = MigrationState.pending(ro);
            if (quick.isPresent()) {
                return quick.get();
            }
        } catch (java.sql.SQLException e) {
            if (busy(e)) {
                throw writerBusy(file, e);
            }
            throw new StoreException("Cannot open " + file + " as a Steward ledger: " + rootMessage(e)
                    + ". Is it a Steward ledger file written by this or an older version?", e);
        }
        try {
            return Flyway.configure().dataSource(ro).locations("classpath:db/migration").loggers("slf4j").load()
                    .info().pending().length > 0;
        } catch (FlywayException e) {
            if (busy(e)) {
                throw writerBusy(file, e);
            }
            throw new StoreException("Cannot open " + file + " as a Steward ledger: " + rootMessage(e)
                    + ". Is it a Steward ledger file written by this or an older version?", e);
        }
    }

    /** True for a store opened with {@link #openReadOnly}. */
    public boolean readOnly() {
        return readOnly;
    }

    private static boolean busy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLiteException se && (se.getResultCode() == SQLiteErrorCode.SQLITE_BUSY
                    || se.getResultCode() == SQLiteErrorCode.SQLITE_LOCKED)) {
                return true;
            }
        }
        return false;
    }

    private static StoreException writerBusy(Path file, Throwable cause) {
        return new StoreException("Another Steward is importing into the ledger " + file + " (it holds the write lock). Try again"
                + " when it has finished; reading commands do not need to wait.", cause);
    }

    /** Opens (creating if needed) the ledger at {@code file}: version check, owner-only permissions, migrations. */
    public static Store open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        requireSupportedSqlite();
        boolean fresh;
        try {
            fresh = !Files.exists(absolute) || Files.size(absolute) == 0;
            OwnerOnlyFiles.createFile(absolute);
        } catch (IOException e) {
            throw new StoreException("Cannot create the ledger file " + absolute + ": " + e.getMessage()
                    + ". Check that the folder exists and is writable, or choose another file with --ledger.", e);
        }
        migrate(absolute, fresh);
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

    private static void migrate(Path file, boolean fresh) {
        if (fresh) {
            setPageSize(file);
        }
        SQLiteDataSource ds = new SQLiteDataSource(config());
        ds.setUrl("jdbc:sqlite:" + file);
        try {
            if (!fresh && MigrationState.upToDate(ds)) {
                return; // Flyway would find nothing to do, after loading some 250 classes and scanning the class path
            }
        } catch (java.sql.SQLException e) {
            // Flyway opens it again below and reports what is wrong in its words (busy, not a ledger, damaged)
        }
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                    .loggers("slf4j").load().migrate();
        } catch (FlywayException e) {
            if (busy(e)) {
                throw writerBusy(file, e);
            }
            String message = String.valueOf(e.getMessage());
            if (message.contains("non-empty schema") || message.contains("baseline")) {
                // tables, but no Steward migration history: another application's database
                throw new StoreException(file + " is an SQLite database, but not a Steward ledger (it holds another"
                        + " application's tables). Choose a Steward ledger file with --ledger, or a new file name to create one.", e);
            }
            throw new StoreException("Cannot open " + file + " as a Steward ledger: " + rootMessage(e)
                    + ". Is it a Steward ledger file written by this or an older version?", e);
        }
    }

    /**
     * Gives an empty file the page size of new ledgers: set before anything is written, then fixed by switching to WAL (a
     * WAL database cannot change its page size, so an existing ledger keeps its own).
     */
    private static void setPageSize(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS); // another process may be creating the same ledger
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("PRAGMA page_size = " + NEW_LEDGER_PAGE_SIZE);
            st.execute("PRAGMA journal_mode = WAL");
        } catch (SQLException e) {
            throw new StoreException("Cannot create the ledger file " + file + ": " + e.getMessage()
                    + ". Check that the folder is writable and has free space, or choose another file with --ledger.", e);
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
        // Nothing reads JDBC generated keys; with them on, the driver prepares and runs "SELECT last_insert_rowid()"
        // after every INSERT, which costs more than the insert itself in bulk work (e.g. one ledger entry per assignment).
        config.setGetGeneratedKeys(false);
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
            return work.apply(DSL.using(c, SQLDialect.SQLITE, Jooq.SETTINGS));
        } finally {
            giveBack(c);
        }
    }

    /**
     * As {@link #read}, with plain JDBC: for the few fixed queries of a command whose start-up matters (the verifier),
     * where jOOQ's classes and generated schema would cost more than the queries. SQL errors become {@link StoreException}s.
     */
    public <T> T jdbc(SqlWork<T> work) {
        Connection c = borrow();
        try {
            return work.apply(c);
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            giveBack(c);
        }
    }

    /**
     * Runs {@code work} in one read transaction: every statement sees the same committed state, whatever commits
     * meanwhile (WAL keeps it for this reader), e.g. a listing read in many queries. Writers are not held up; the WAL
     * cannot be checkpointed past this reader until it ends.
     */
    public <T> T readConsistent(Function<DSLContext, T> work) {
        return inTransaction("BEGIN", work); // deferred: the first read takes the snapshot, no lock is taken
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
        // Explicit statements rather than setAutoCommit: the driver would re-open a transaction after commit.
        return inTransaction("BEGIN IMMEDIATE", work);
    }

    /** Runs {@code work} between {@code begin} and COMMIT on one connection; ROLLBACK if it throws. */
    private <T> T inTransaction(String begin, Function<DSLContext, T> work) {
        Connection c = borrow();
        boolean healthy = false;
        try (Statement st = c.createStatement()) {
            st.execute(begin);
            try {
                T result = work.apply(DSL.using(c, SQLDialect.SQLITE, Jooq.SETTINGS));
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
            return new StoreException("Another Steward is importing into this ledger (it stayed locked for "
                    + BUSY_TIMEOUT_MS / 1000 + " s). Try again when it has finished.", e);
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

    /**
     * Creates a new, migrated ledger at a private temporary name beside {@code target}, for work that publishes it with
     * {@link #publish} only once it succeeded; until then no other process can see or open it.
     */
    public static Path createPrivate(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            OwnerOnlyFiles.createDirectories(absolute.getParent());
            Path tmp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".new");
            OwnerOnlyFiles.restrict(tmp);
            migrate(tmp, true);
            return tmp;
        } catch (IOException e) {
            throw new StoreException("Cannot create a ledger beside " + absolute + ": " + e.getMessage()
                    + ". Check that the folder exists and is writable, or choose another file with --ledger.", e);
        }
    }

    /**
     * Moves a closed private ledger to {@code target} only if no file is there (atomic and exclusive: a hard link,
     * which fails when the name exists). Returns false, leaving {@code target} untouched, when another process
     * created it first; the private file is removed either way.
     */
    public static boolean publish(Path privateFile, Path target) {
        try {
            try {
                Files.createLink(target, privateFile);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                return false;
            } catch (UnsupportedOperationException | IOException noLinks) {
                // file systems without hard links: an exclusive create of the name, then replace our own empty file
                try {
                    Files.createFile(target);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    return false;
                }
                Files.move(privateFile, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            throw new StoreException("Cannot create the ledger file " + target + ": " + e.getMessage(), e);
        } finally {
            deletePrivate(privateFile);
        }
    }

    /** Removes a private ledger made by {@link #createPrivate} (never a published one). */
    public static void deletePrivate(Path privateFile) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(Path.of(privateFile + suffix));
            } catch (IOException e) {
                // a private temporary file: nothing else uses it
            }
        }
    }

    /** Opens a private ledger made by {@link #createPrivate}. */
    public static Store openPrivate(Path privateFile) {
        Store store = new Store(privateFile.toAbsolutePath().normalize());
        store.restrictSideFiles();
        return store;
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
