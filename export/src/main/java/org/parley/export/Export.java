package org.parley.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.parley.store.Store;
import org.parley.store.TimelineQuery;

/**
 * The store as flat tables in files for spreadsheets and notebooks: the module's one entry point. A table is
 * articles, statements (who said what), events (as each article reports them), narratives (each label an article
 * carries, with its evidence) or the cross-article timeline; a
 * format is JSONL, CSV or Parquet. Rows come in a stable order (articles by id, their items in text order, the
 * timeline by date), so exporting the same store twice gives the same rows.
 *
 * <pre>{@code
 * Export.Result r = Export.builder().table(Export.Table.STATEMENTS).format(Export.Format.CSV).build()
 *         .write(store, Path.of("statements.csv"));
 * }</pre>
 */
public final class Export {

    /** What is exported. */
    public enum Table {
        ARTICLES, STATEMENTS, EVENTS, NARRATIVES, TIMELINE
    }

    /** How it is written. */
    public enum Format {
        JSONL, CSV, PARQUET
    }

    /** What one export wrote. */
    public record Result(Table table, Format format, long rows) {
    }

    private final Table table;
    private final Format format;
    private final TimelineQuery timeline;

    private Export(Table table, Format format, TimelineQuery timeline) {
        this.table = table;
        this.format = format;
        this.timeline = timeline;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes the table to {@code file}, whole or not at all: it is written beside the file under a temporary name
     * and moved into place only when complete, so a failure leaves any earlier file as it was.
     *
     * @throws ExportException when the file cannot be written (a missing folder, no permission, a full disk)
     */
    public Result write(Store store, Path file) {
        Objects.requireNonNull(store, "store");
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException("cannot write " + file + ": folder " + folder + " does not exist");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            long rows;
            if (format == Format.PARQUET) {
                rows = Parquet.write(Tables.of(table, timeline), store, temp);
            } else {
                try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    rows = writeText(store, out);
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            return new Result(table, format, rows);
        } catch (IOException | UncheckedIOException e) {
            throw new ExportException("cannot write " + file + ": " + message(e), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the export already failed with the reason that matters
                }
            }
        }
    }

    /**
     * Writes the table as text, for standard output. Parquet needs a file ({@link #write(Store, Path)}).
     *
     * @return the number of rows written
     */
    public long write(Store store, Writer out) {
        if (format == Format.PARQUET) {
            throw new ExportException("Parquet is written to a file only: give one (--out FILE)");
        }
        try {
            return writeText(store, out);
        } catch (IOException e) {
            throw new ExportException("cannot write the " + format + " export: " + message(e), e);
        }
    }

    private long writeText(Store store, Writer out) throws IOException {
        Tables.Shape shape = Tables.of(table, timeline);
        try (RowWriter w = format == Format.CSV ? new CsvWriter(out, shape.columns())
                : new JsonlWriter(out, shape.columns())) {
            shape.rows(store, w::row);
            return w.rows();
        }
    }

    private static String message(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        return t.getClass().getSimpleName().replace("Exception", "") + ": " + t.getMessage();
    }

    /** Options, checked as they are set. */
    public static final class Builder {
        private Table table = Table.ARTICLES;
        private Format format = Format.JSONL;
        private TimelineQuery timeline = TimelineQuery.ALL;

        private Builder() {
        }

        public Builder table(Table value) {
            this.table = Objects.requireNonNull(value, "table");
            return this;
        }

        public Builder format(Format value) {
            this.format = Objects.requireNonNull(value, "format");
            return this;
        }

        /** Only the timeline's events this query selects ({@code parley timeline --format csv}); timeline only. */
        public Builder timeline(TimelineQuery query) {
            this.timeline = Objects.requireNonNull(query, "query");
            return this;
        }

        public Export build() {
            if (table != Table.TIMELINE && !timeline.equals(TimelineQuery.ALL)) {
                throw new IllegalStateException("a timeline query selects timeline rows, not " + table);
            }
            return new Export(table, format, timeline);
        }
    }

    /** An export that could not be written, in one line for the user. */
    public static final class ExportException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ExportException(String message) {
            super(message);
        }

        ExportException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
