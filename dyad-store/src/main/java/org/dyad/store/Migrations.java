package org.dyad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Versioned schema migrations, in the manner of Flyway: numbered SQL scripts under
 * {@code org/dyad/store/migrations/<dialect>/V<n>__<description>.sql}, applied in order, each in
 * one transaction, recorded with a checksum in {@code dyad_schema_history}. A script changed after it
 * was applied is refused, so two installations with the same version have the same schema.
 *
 * <p>Why not Flyway itself: it has no DuckDB support, and one runner for both databases keeps the
 * two schemas in step.
 */
final class Migrations {

    /** The scripts, in order; a new version is appended here and as a file. */
    static final List<String> SCRIPTS = List.of("V1__events_mentions_articles.sql");

    private Migrations() {
    }

    /** Brings the schema to the latest version; returns the number of scripts applied. */
    static int migrate(Connection c, Dialect dialect) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS dyad_schema_history (version INTEGER PRIMARY KEY, "
                        + "script VARCHAR NOT NULL, checksum VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
            }
            c.commit();
            int applied = 0;
            for (int i = 0; i < SCRIPTS.size(); i++) {
                int version = i + 1;
                String script = SCRIPTS.get(i);
                String sql = read(dialect, script);
                String sum = checksum(sql);
                String stored = storedChecksum(c, version);
                if (stored != null) {
                    if (!stored.equals(sum)) {
                        throw new StoreException("schema version " + version + " (" + script
                                + ") differs from the one applied to this database; refusing to go on", null);
                    }
                    continue;
                }
                try (Statement s = c.createStatement()) {
                    for (String statement : statements(sql)) {
                        s.execute(statement);
                    }
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO dyad_schema_history VALUES (?, ?, ?, CURRENT_TIMESTAMP)")) {
                    p.setInt(1, version);
                    p.setString(2, script);
                    p.setString(3, sum);
                    p.executeUpdate();
                }
                c.commit();
                applied++;
            }
            return applied;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** The latest version applied, or 0. */
    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM dyad_schema_history")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static String storedChecksum(Connection c, int version) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT checksum FROM dyad_schema_history WHERE version = ?")) {
            p.setInt(1, version);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static String read(Dialect dialect, String script) {
        String path = "migrations/" + dialect.folder() + "/" + script;
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new StoreException("missing migration script " + path, null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration script " + path, e);
        }
    }

    /** Splits a script on semicolons that end a line; comments are dropped. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : sql.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("--")) {
                continue;
            }
            cur.append(line).append('\n');
            if (t.endsWith(";")) {
                String st = cur.toString().strip();
                out.add(st.substring(0, st.length() - 1));
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        return out;
    }

    private static String checksum(String sql) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(sql.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
