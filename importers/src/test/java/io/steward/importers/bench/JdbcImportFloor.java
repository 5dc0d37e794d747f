package io.steward.importers.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;

/**
 * The floor under the import benchmark: how fast the fixed stack (Java, FastCSV, SQLite JDBC) can go when it
 * does much LESS than a Steward import, measured in the same run as {@code sqlite3 .import}. No detection, no
 * normalisation, no secret scan, no de-duplication, no index, no ledger entry. Two modes:
 * <ul>
 *   <li>{@code raw}: the reference's own job: every record's 22 fields as text into one raw table of a WAL
 *   database, batches of 2,000 in one transaction;</li>
 *   <li>{@code rows}: the fewest rows the credential-report format needs (one identity per user plus one per access key in use),
 *   with seven columns taken from the file as they are, into a table without any index.</li>
 * </ul>
 * Prints {@code floor_seconds=… rows=…}. Usage: {@code JdbcImportFloor raw|rows FILE DATABASE}
 */
public final class JdbcImportFloor {
    private static final int BATCH = 2_000;
    private static final int COLUMNS = 22;

    private JdbcImportFloor() {
    }

    public static void main(String[] args) throws Exception {
        boolean raw = switch (args[0]) {
            case "raw" -> true;
            case "rows" -> false;
            default -> throw new IllegalArgumentException("mode is raw or rows, not " + args[0]);
        };
        Path file = Path.of(args[1]);
        Path db = Path.of(args[2]);
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
        long t0 = System.nanoTime();
        long rows;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute(raw ? rawTable() : "CREATE TABLE identity (id INTEGER PRIMARY KEY, parent_id INTEGER, native_id TEXT NOT NULL,"
                        + " name TEXT NOT NULL, kind TEXT NOT NULL, enabled INTEGER, created_at TEXT, last_used_at TEXT)");
            }
            c.setAutoCommit(false);
            rows = raw ? raw(c, file) : identities(c, file);
            c.commit();
        }
        System.out.printf("floor_seconds=%.2f mode=%s rows=%d%n", (System.nanoTime() - t0) / 1e9, args[0], rows);
    }

    private static String rawTable() {
        StringBuilder sql = new StringBuilder("CREATE TABLE raw (");
        for (int i = 0; i < COLUMNS; i++) {
            sql.append(i == 0 ? "" : ", ").append("c").append(i).append(" TEXT");
        }
        return sql.append(')').toString();
    }

    private static long raw(Connection c, Path file) throws Exception {
        String sql = "INSERT INTO raw VALUES (?" + ", ?".repeat(COLUMNS - 1) + ")";
        long rows = 0;
        try (PreparedStatement insert = c.prepareStatement(sql); CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
            for (CsvRecord r : csv) {
                for (int i = 0; i < COLUMNS; i++) {
                    insert.setString(i + 1, r.getField(i));
                }
                insert.addBatch();
                if (++rows % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return rows;
    }

    /** Columns of the credential report used here: user, arn, user_creation_time, then per key active, last rotated, last used. */
    private static long identities(Connection c, Path file) throws Exception {
        long id = 0;
        long batched = 0;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO identity VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
            boolean header = true;
            for (CsvRecord r : csv) {
                if (header) {
                    header = false;
                    continue;
                }
                long user = ++id;
                insert.setLong(1, user);
                insert.setNull(2, Types.INTEGER);
                insert.setString(3, r.getField(1));
                insert.setString(4, r.getField(0));
                insert.setString(5, "iam-user");
                insert.setNull(6, Types.INTEGER);
                insert.setString(7, r.getField(2));
                insert.setString(8, r.getField(4));
                insert.addBatch();
                batched++;
                for (int key = 0; key < 2; key++) {
                    int at = 8 + key * 5;
                    if (r.getField(at).equals("true") || !r.getField(at + 1).equals("N/A")) {
                        insert.setLong(1, ++id);
                        insert.setLong(2, user);
                        insert.setString(3, r.getField(1) + "#key" + (key + 1));
                        insert.setString(4, r.getField(0) + " key " + (key + 1));
                        insert.setString(5, "access-key");
                        insert.setInt(6, r.getField(at).equals("true") ? 1 : 0);
                        insert.setString(7, r.getField(at + 1));
                        insert.setString(8, r.getField(at + 2));
                        insert.addBatch();
                        batched++;
                    }
                }
                if (batched >= BATCH) {
                    insert.executeBatch();
                    batched = 0;
                }
            }
            insert.executeBatch();
        }
        return id;
    }
}
