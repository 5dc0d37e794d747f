package io.steward.model.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.math.BigInteger;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** The read-only open's own answer to "does this ledger need a migration?", checked against real ledger files. */
class MigrationStateTest {
    @TempDir
    Path dir;

    @Test
    void aLedgerJustCreatedNeedsNoMigration() throws Exception {
        Path file = dir.resolve("ledger.steward");
        Store.open(file).close();
        assertThat(MigrationState.pending(dataSource(file))).contains(false);
        try (Store store = Store.openReadOnly(file)) {
            assertThat(store.readOnly()).isTrue();
        }
    }

    @Test
    void aLedgerWithoutTheNewestScriptApplied_needsOne_andAReadOnlyFileSaysSo() throws Exception {
        Path file = dir.resolve("ledger.steward");
        Store.open(file).close();
        forgetNewestMigration(file);
        assertThat(MigrationState.pending(dataSource(file))).contains(true);

        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--------"));
        assertThatThrownBy(() -> Store.openReadOnly(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("written by an older Steward");
    }

    @Test
    void onlyALedgerAtTheNewestScriptSkipsFlyway_olderAndNewerOnesDoNot() throws Exception {
        Path file = dir.resolve("ledger.steward");
        Store.open(file).close();
        assertThat(MigrationState.upToDate(dataSource(file))).isTrue();

        String newest = newestScriptVersion();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE flyway_schema_history SET version = '9999' WHERE replace(version, '_', '.') = '"
                    + newest.replace('_', '.') + "'");
        }
        assertThat(MigrationState.upToDate(dataSource(file))).as("written by a newer build").isFalse();
        assertThat(MigrationState.pending(dataSource(file))).contains(false);
        assertThatThrownBy(() -> Store.open(file)).as("Flyway still refuses a ledger from a newer build").isInstanceOf(StoreException.class);
    }

    @Test
    void aLedgerMissingItsNewestMigrationIsMigratedOnAWritableOpen() throws Exception {
        Path file = dir.resolve("ledger.steward");
        Store.open(file).close();
        forgetNewestMigration(file);
        assertThat(MigrationState.upToDate(dataSource(file))).isFalse();
        // The newest script is applied again by Flyway; whatever it does, the open must not skip it.
        try {
            Store.open(file).close();
        } catch (StoreException e) {
            // a script that cannot run twice fails here, which proves Flyway ran it
            assertThat(e).hasMessageContaining("Steward ledger");
            return;
        }
        assertThat(MigrationState.upToDate(dataSource(file))).isTrue();
    }

    @Test
    void anSqliteFileWithoutHistoryNeedsOne() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE t (x)");
        }
        assertThat(MigrationState.pending(dataSource(file))).contains(true);
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedWithItsName() throws Exception {
        Path file = dir.resolve("notes.steward");
        Files.writeString(file, "not a database, just text that is long enough to fill a header page of sqlite. ".repeat(20));
        assertThatThrownBy(() -> Store.openReadOnly(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("Steward ledger");
    }

    @Test
    void scriptsAreListedFromAJarAsFromAFolder() throws Exception {
        // a jar as Maven builds it: with entries for the folders, which is what finds db/migration in it
        Path jar = dir.resolve("migrations.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            for (String name : List.of("db/", "db/migration/", "db/migration/V1__first.sql", "db/migration/V7_1__fix.sql", "db/migration/V20__later.sql",
                    "db/migration/README.txt", "other/V99__elsewhere.sql")) {
                j.putNextEntry(new JarEntry(name));
                j.write("SELECT 1;".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                j.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(MigrationState.bundledVersions(loader)).hasValueSatisfying(v -> assertThat(v)
                    .containsExactlyInAnyOrder(versions(1), versions(7, 1), versions(20)));
        }
    }

    @Test
    void versionsCompareByNumberPartByPart() {
        assertThat(MigrationState.compare(MigrationState.parse("10"), MigrationState.parse("9"))).isPositive();
        assertThat(MigrationState.compare(MigrationState.parse("7_1"), MigrationState.parse("7"))).isPositive();
        assertThat(MigrationState.compare(MigrationState.parse("7.1"), MigrationState.parse("7_1"))).isZero();
        assertThat(MigrationState.compare(MigrationState.parse("7.0"), MigrationState.parse("7"))).isZero();
    }

    private static List<BigInteger> versions(int... parts) {
        return java.util.Arrays.stream(parts).mapToObj(BigInteger::valueOf).toList();
    }

    /** The newest V script in the model's own migrations folder, by the same order Flyway uses. */
    private static String newestScriptVersion() throws Exception {
        Path folder = Path.of(MigrationStateTest.class.getClassLoader().getResource(MigrationState.LOCATION).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V[0-9._]+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")))
                    .max((a, b) -> MigrationState.compare(MigrationState.parse(a), MigrationState.parse(b))).orElseThrow();
        }
    }

    /** Makes {@code file} look like a ledger of the build before the newest script: its history row is gone. */
    private static void forgetNewestMigration(Path file) throws Exception {
        String newest = newestScriptVersion();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM flyway_schema_history WHERE replace(version, '_', '.') = '" + newest.replace('_', '.') + "'");
        }
    }

    private static SQLiteDataSource dataSource(Path file) {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        return ds;
    }
}
