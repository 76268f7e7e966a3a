package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versioned schema migrations from {@code db/migration/V<n>__<description>.sql}, applied in order, each in its
 * own transaction together with its {@code schema_version} row. The list is explicit because a classpath folder
 * cannot be listed portably inside a jar; a test checks that it matches the resource folder.
 */
final class Migrations {

    static final String FOLDER = "db/migration/";

    /** In order; add new files at the end. */
    static final List<String> FILES = List.of("V1__articles.sql", "V2__generic_layers.sql", "V3__timeline.sql");

    private static final Pattern NAME = Pattern.compile("V(\\d+)__([a-z0-9_]+)\\.sql");

    record Migration(int version, String description, String file) {
    }

    static final List<Migration> ALL = parse(FILES);

    private Migrations() {
    }

    static int latest() {
        return ALL.get(ALL.size() - 1).version();
    }

    static List<Migration> parse(List<String> files) {
        var out = new ArrayList<Migration>();
        for (String file : files) {
            Matcher m = NAME.matcher(file);
            if (!m.matches()) {
                throw new IllegalStateException("migration file " + file + " is not named V<n>__<description>.sql");
            }
            int version = Integer.parseInt(m.group(1));
            if (version != out.size() + 1) {
                throw new IllegalStateException("migration " + file + " should have version " + (out.size() + 1));
            }
            out.add(new Migration(version, m.group(2).replace('_', ' '), file));
        }
        return List.copyOf(out);
    }

    /**
     * Brings the database to the latest schema and returns its version.
     *
     * @throws StoreException of kind SCHEMA_TOO_NEW when the database is newer than this code
     */
    static int apply(Connection db, String name) throws SQLException {
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    + "description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
        int current = current(db);
        if (current > latest()) {
            throw new StoreException(StoreException.Kind.SCHEMA_TOO_NEW, "database " + name + " has schema version "
                    + current + ", but this Parley knows versions up to " + latest() + "; use a newer Parley");
        }
        for (Migration m : ALL) {
            if (m.version() <= current) {
                continue;
            }
            db.setAutoCommit(false);
            try {
                try (Statement s = db.createStatement()) {
                    for (String sql : statements(read(m.file()))) {
                        s.execute(sql);
                    }
                }
                try (PreparedStatement ps = db.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                    ps.setInt(1, m.version());
                    ps.setString(2, m.description());
                    ps.setObject(3, LocalDateTime.now(ZoneOffset.UTC));
                    ps.executeUpdate();
                }
                db.commit();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        }
        return current(db);
    }

    static int current(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            rs.next();
            int v = rs.getInt(1);
            return rs.wasNull() ? 0 : v;
        }
    }

    static String read(String file) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("migration " + FOLDER + file + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Splits a script into statements at semicolons that end a line, after dropping {@code --} comment lines.
     * Enough for our own migration files, which keep to that form; not a general SQL parser.
     */
    static List<String> statements(String script) {
        var out = new ArrayList<String>();
        var current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String stripped = line.strip();
            if (stripped.startsWith("--") || stripped.isEmpty()) {
                continue;
            }
            int comment = line.indexOf("--");
            String code = comment >= 0 && !line.substring(0, comment).contains("'") ? line.substring(0, comment) : line;
            current.append(code).append('\n');
            if (code.strip().endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1).strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
