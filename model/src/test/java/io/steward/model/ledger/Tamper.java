package io.steward.model.ledger;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What an attacker holding the file can do with plain SQLite (the same as the sqlite3 CLI): drop the
 * triggers, then edit, delete or rewrite rows. Tests in every module use it to prove detection.
 */
public final class Tamper {
    private final Path file;

    public Tamper(Path file) {
        this.file = file;
    }

    public void sql(String... statements) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER IF EXISTS ledger_entry_no_update");
            st.execute("DROP TRIGGER IF EXISTS ledger_entry_no_delete");
            st.execute("DROP TRIGGER IF EXISTS ledger_entry_chain");
            for (String s : statements) {
                st.execute(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes one entry's body in place (its stored hash no longer matches). */
    public void editBody(long seq, String from, String to) {
        sql("UPDATE ledger_entry SET body = replace(body, '" + from + "', '" + to + "') WHERE seq = " + seq);
    }

    public void deleteEntry(long seq) {
        sql("DELETE FROM ledger_entry WHERE seq = " + seq);
    }

    public void deleteFrom(long seq) {
        sql("DELETE FROM ledger_entry WHERE seq >= " + seq);
    }

    /**
     * Rebuilds the whole chain with fresh, self-consistent hashes after editing one body and dropping
     * every checkpoint entry (renumbering), as a careful attacker without the signing key would.
     */
    public void rebuildChain(long editSeq, String from, String to) {
        sql("DELETE FROM ledger_entry WHERE body LIKE '%\"kind\":\"checkpoint\"%'");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            var rows = new java.util.ArrayList<String>();
            try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT seq, body FROM ledger_entry ORDER BY seq")) {
                while (rs.next()) {
                    String body = rs.getString(2);
                    rows.add(rs.getLong(1) == editSeq ? body.replace(from, to) : body);
                }
                st.execute("DELETE FROM ledger_entry");
            }
            byte[] prev = Hashes.GENESIS;
            var digest = Hashes.sha256();
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO ledger_entry(seq, body, prev_hash, hash) VALUES (?,?,?,?)")) {
                long seq = 1;
                for (String body : rows) {
                    String renumbered = body.replaceFirst("\"seq\":\\d+", "\"seq\":" + seq);
                    byte[] hash = Hashes.entryHash(digest, prev, renumbered.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    ins.setLong(1, seq);
                    ins.setString(2, renumbered);
                    ins.setBytes(3, prev);
                    ins.setBytes(4, hash);
                    ins.executeUpdate();
                    prev = hash;
                    seq++;
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Appends a row whose hash is right for whatever body is given (a hand-written head). */
    public void appendRaw(String body) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT seq, hash FROM ledger_entry ORDER BY seq DESC LIMIT 1")) {
            long seq = rs.next() ? rs.getLong(1) + 1 : 1;
            byte[] prev = seq == 1 ? Hashes.GENESIS : rs.getBytes(2);
            byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO ledger_entry(seq, body, prev_hash, hash) VALUES (?,?,?,?)")) {
                ins.setLong(1, seq);
                ins.setString(2, body);
                ins.setBytes(3, prev);
                ins.setBytes(4, Hashes.entryHash(Hashes.sha256(), prev, bytes));
                ins.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The newest seq in the file. */
    public long head() {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT max(seq) FROM ledger_entry")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
