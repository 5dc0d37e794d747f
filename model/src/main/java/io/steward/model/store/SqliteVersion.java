package io.steward.model.store;

/** SQLite library versions; Steward refuses anything older than 3.51.3 (WAL-reset corruption fixed there). */
public record SqliteVersion(int major, int minor, int patch) implements Comparable<SqliteVersion> {
    public static final SqliteVersion MINIMUM = new SqliteVersion(3, 51, 3);

    public static SqliteVersion parse(String text) {
        String[] parts = text.trim().split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a SQLite version: " + text);
        }
        return new SqliteVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                parts.length > 2 ? Integer.parseInt(parts[2]) : 0);
    }

    /** Throws a {@link StoreException} with a clear message when the version is too old. */
    public void requireSupported() {
        if (compareTo(MINIMUM) < 0) {
            throw new StoreException("SQLite " + this + " is too old: Steward needs " + MINIMUM
                    + " or newer (older versions can corrupt a WAL database). Use the sqlite-jdbc bundled with Steward.");
        }
    }

    @Override
    public int compareTo(SqliteVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c != 0 ? c : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
