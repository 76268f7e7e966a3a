package org.parley.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import org.parley.store.Store;

/**
 * Parquet through an in-memory DuckDB: the rows go to a JSONL file first, which DuckDB reads with the table's
 * declared column types (so an empty table still has its schema) and copies to Parquet. No Hadoop on the class path.
 */
final class Parquet {

    private Parquet() {
    }

    static long write(Tables.Shape shape, Store store, Path target) throws IOException {
        Path jsonl = Files.createTempFile(target.toAbsolutePath().getParent(), ".export", ".jsonl");
        try {
            long rows;
            try (Writer out = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8);
                    JsonlWriter w = new JsonlWriter(out, shape.columns())) {
                shape.rows(store, w::row);
                rows = w.rows();
            }
            String columns = shape.columns().stream()
                    .map(c -> quote(c.name()) + ": '" + type(c.kind()) + "'")
                    .collect(Collectors.joining(", ", "{", "}"));
            // COPY takes no bound parameters: the paths are ours (temporary names in the target's folder), quoted.
            String sql = "COPY (SELECT * FROM read_json(" + literal(jsonl) + ", format = 'newline_delimited', "
                    + "columns = " + columns + ")) TO " + literal(target) + " (FORMAT PARQUET)";
            try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new UncheckedIOException(new IOException("DuckDB could not write Parquet: " + e.getMessage(), e));
            }
            return rows;
        } finally {
            Files.deleteIfExists(jsonl);
        }
    }

    private static String type(Column.Kind kind) {
        return switch (kind) {
            case TEXT -> "VARCHAR";
            case NUMBER -> "BIGINT";
            case REAL -> "DOUBLE";
            case DATE -> "DATE";
            case TEXTS -> "VARCHAR[]";
        };
    }

    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String literal(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
