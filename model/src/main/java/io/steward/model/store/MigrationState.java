package io.steward.model.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Whether a ledger needs a migration, answered without starting Flyway: the versions of the migration scripts on
 * the class path against the ones the ledger's {@code flyway_schema_history} lists as applied. A reading command
 * (verify, show, inventory) asks this on every start, and Flyway's own answer loads some 250 classes and scans
 * the class path, about half a second of a short command. The same rule as Flyway's: a migration is pending
 * when its version is above the newest applied one.
 */
final class MigrationState {
    static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[^/]*\\.sql");

    private MigrationState() {
    }

    /** Where a ledger's applied migrations stand against the scripts this build ships. */
    enum Standing {
        /** A script is not applied yet, a migration failed, or there is no history at all. */
        PENDING,
        /** The newest applied migration is the newest script: nothing to do. */
        UP_TO_DATE,
        /** Written by a newer build: Flyway says what that means. */
        NEWER
    }

    /**
     * True when {@code ledger} lacks a migration this build ships (or has no history at all). Empty when the
     * scripts cannot be listed here (an unusual class path): then Flyway must answer.
     */
    static Optional<Boolean> pending(DataSource ledger) throws SQLException {
        return standing(ledger).map(s -> s == Standing.PENDING);
    }

    /**
     * True only when the newest applied migration is exactly the newest script, so a writable open can skip Flyway
     * (about half a second of every writing command). Anything else, or no answer, goes through Flyway.
     */
    static boolean upToDate(DataSource ledger) throws SQLException {
        return standing(ledger).orElse(null) == Standing.UP_TO_DATE;
    }

    private static Optional<Standing> standing(DataSource ledger) throws SQLException {
        Optional<List<List<BigInteger>>> bundled = bundledVersions(MigrationState.class.getClassLoader());
        if (bundled.isEmpty() || bundled.get().isEmpty()) {
            return Optional.empty();
        }
        List<BigInteger> newestBundled = bundled.get().stream().max(MigrationState::compare).orElseThrow();
        try (Connection c = ledger.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet tables = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
                if (!tables.next() || tables.getInt(1) == 0) {
                    return Optional.of(Standing.PENDING);
                }
            }
            List<BigInteger> newestApplied = null;
            try (ResultSet rows = st.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
                while (rows.next()) {
                    if (!rows.getBoolean(2)) {
                        return Optional.of(Standing.PENDING); // a failed migration: let the writable open repair or report it
                    }
                    List<BigInteger> v = parse(rows.getString(1));
                    if (newestApplied == null || compare(v, newestApplied) > 0) {
                        newestApplied = v;
                    }
                }
            }
            if (newestApplied == null) {
                return Optional.of(Standing.PENDING);
            }
            int order = compare(newestBundled, newestApplied);
            return Optional.of(order > 0 ? Standing.PENDING : order == 0 ? Standing.UP_TO_DATE : Standing.NEWER);
        }
    }

    /** The versions of the {@code V<version>__<name>.sql} scripts under {@value #LOCATION}, from a jar or a folder. */
    static Optional<List<List<BigInteger>>> bundledVersions(ClassLoader loader) {
        List<List<BigInteger>> versions = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(LOCATION);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                switch (root.getProtocol()) {
                    case "jar" -> fromJar(root, versions);
                    case "file" -> fromFolder(root, versions);
                    default -> {
                        return Optional.empty();
                    }
                }
            }
        } catch (IOException | UncheckedIOException | URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.of(versions);
    }

    private static void fromJar(URL root, List<List<BigInteger>> versions) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.startsWith(LOCATION + "/")) {
                    add(name.substring(LOCATION.length() + 1), versions);
                }
            }
        }
    }

    private static void fromFolder(URL root, List<List<BigInteger>> versions) throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
            files.forEach(f -> add(f.getFileName().toString(), versions));
        }
    }

    private static void add(String fileName, List<List<BigInteger>> versions) {
        Matcher m = VERSIONED.matcher(fileName);
        if (m.matches()) {
            versions.add(parse(m.group(1)));
        }
    }

    /** "7_1" and "7.1" are the same version, as for Flyway. */
    static List<BigInteger> parse(String version) {
        List<BigInteger> parts = new ArrayList<>();
        for (String p : version.split("[._]")) {
            parts.add(new BigInteger(p));
        }
        return parts;
    }

    /** Part by part; a missing part counts as 0, so 7 equals 7.0. */
    static int compare(List<BigInteger> a, List<BigInteger> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int c = (i < a.size() ? a.get(i) : BigInteger.ZERO).compareTo(i < b.size() ? b.get(i) : BigInteger.ZERO);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
