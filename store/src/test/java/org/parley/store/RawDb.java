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

/** Direct JDBC access to a closed store's file, to check what is really in the tables. */
final class RawDb {

    static final List<String> TABLES = List.of("articles", "problems", "steps", "layers", "store_meta",
            "schema_version");

    private RawDb() {
    }

    static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:" + file);
    }

    /** Every row of every table, in a stable order, as strings. */
    static Map<String, List<String>> dump(Path file) throws SQLException {
        var out = new LinkedHashMap<String, List<String>>();
        try (Connection c = connect(file); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                var rows = new ArrayList<String>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY ALL")) {
                    int n = rs.getMetaData().getColumnCount();
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

    static void execute(Path file, String... sql) throws SQLException {
        try (Connection c = connect(file); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    static long number(Path file, String query) throws SQLException {
        try (Connection c = connect(file); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
