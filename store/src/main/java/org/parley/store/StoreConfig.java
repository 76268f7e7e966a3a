package org.parley.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where and how a {@link Store} keeps its data. Build it with {@link #duckdb(Path)}; the constructor checks
 * every field, so a bad configuration fails here and not in the middle of a run.
 *
 * @param dbFile            the DuckDB database file; created with its folder when absent
 * @param indexDir          the Lucene index folder; by default {@code <db file name>.lucene} beside the file
 * @param indexCommitEvery  commit the index after this many changed articles (and always on close). The index
 *                          is derived data, so this bounds how much is re-indexed after a crash, not what is lost
 */
public record StoreConfig(Path dbFile, Path indexDir, int indexCommitEvery) {

    public static final int DEFAULT_INDEX_COMMIT_EVERY = 1000;

    public StoreConfig {
        Objects.requireNonNull(dbFile, "dbFile");
        Objects.requireNonNull(indexDir, "indexDir");
        dbFile = dbFile.toAbsolutePath().normalize();
        indexDir = indexDir.toAbsolutePath().normalize();
        if (dbFile.getFileName() == null) {
            throw new IllegalArgumentException("database file " + dbFile + " has no file name");
        }
        if (Files.isDirectory(dbFile)) {
            throw new IllegalArgumentException("database file " + dbFile + " is a folder");
        }
        if (indexDir.equals(dbFile) || dbFile.startsWith(indexDir)) {
            throw new IllegalArgumentException("index folder " + indexDir + " would contain database file " + dbFile);
        }
        if (Files.exists(indexDir) && !Files.isDirectory(indexDir)) {
            throw new IllegalArgumentException("index folder " + indexDir + " exists and is not a folder");
        }
        if (indexCommitEvery < 1) {
            throw new IllegalArgumentException("indexCommitEvery must be at least 1, got " + indexCommitEvery);
        }
    }

    /** An embedded DuckDB file with its index in {@code <file name>.lucene} beside it. */
    public static StoreConfig duckdb(Path dbFile) {
        Objects.requireNonNull(dbFile, "dbFile");
        Path absolute = dbFile.toAbsolutePath().normalize();
        if (absolute.getFileName() == null) {
            throw new IllegalArgumentException("database file " + absolute + " has no file name");
        }
        return new StoreConfig(absolute, absolute.resolveSibling(absolute.getFileName() + ".lucene"),
                DEFAULT_INDEX_COMMIT_EVERY);
    }

    public StoreConfig withIndexDir(Path dir) {
        return new StoreConfig(dbFile, dir, indexCommitEvery);
    }

    public StoreConfig withIndexCommitEvery(int n) {
        return new StoreConfig(dbFile, indexDir, n);
    }
}
