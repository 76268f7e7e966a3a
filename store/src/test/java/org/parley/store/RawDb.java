package org.parley.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Direct JDBC access to a store's database (a closed DuckDB file, or any PostgreSQL one), to check what is really in the tables. */
final class RawDb {

    static final List<String> TABLES = List.of("articles", "problems", "steps", "layers", "store_meta",
            "schema_version");

    @FunctionalInterface
    interface Connector {
        Connection connect() throws SQLException;
    }

    private final Connector connector;

    private RawDb(Connector connector) {
        this.connector = connector;
    }

    static RawDb duckdb(Path file) {
        return new RawDb(() -> DriverManager.getConnection("jdbc:duckdb:" + file));
    }

    static RawDb postgres(PgServer server, String database) {
        return new RawDb(() -> server.connect(database));
    }

    Connection connect() throws SQLException {
        return connector.connect();
    }

    /** Every row of every table, in a stable order (by every column: portable, unlike ORDER BY ALL), as strings. */
    Map<String, List<String>> dump() throws SQLException {
        var out = new LinkedHashMap<String, List<String>>();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                int n;
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
                    n = rs.getMetaData().getColumnCount();
                }
                var order = new StringJoiner(", ");
                for (int i = 1; i <= n; i++) {
                    order.add(Integer.toString(i));
                }
                var rows = new ArrayList<String>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY " + order)) {
                    while (rs.next()) {
                        var row = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                out.put(table, rows);
            }
        }
        return out;
    }

    void execute(String... sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    long number(String query) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
