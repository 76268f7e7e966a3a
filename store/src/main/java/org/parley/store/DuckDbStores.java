package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens a {@link JdbcStore} on an embedded DuckDB file. The DuckDB-specific parts live here: the JDBC URL, and
 * turning DuckDB's open errors (lock held, not a database) into typed {@link StoreException}s. DuckDB lets one
 * process at a time open a file, so a read-only store is opened just like a writing one (and refuses puts).
 */
final class DuckDbStores {

    /**
     * Files open in this JVM. DuckDB shares one database instance between connections of a process, so its file
     * lock only stops other processes; this set stops a second store in the same process.
     */
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    private DuckDbStores() {
    }

    static JdbcStore open(StoreConfig config, Faults faults) {
        Path file = ((StoreConfig.DuckDb) config.database()).file();
        String name = file.toString();
        Path key;
        try {
            Files.createDirectories(file.getParent());
            key = file.getParent().toRealPath().resolve(file.getFileName());
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.FAILED, "cannot create the folder of database " + name
                    + ": " + e, e);
        }
        if (!OPEN.add(key)) {
            throw new StoreException(StoreException.Kind.IN_USE, "database " + name
                    + " is already open in this process");
        }
        Connection db = null;
        SearchIndex index = null;
        try {
            db = connect(file, name);
            int version = Migrations.apply(db, name);
            // The index sits beside its file, so it needs no identity check: that is the file's path.
            index = SearchIndex.open(config.indexDir(), name, "");
            var store = new JdbcStore(name, db, version, index, config.indexCommitEvery(), faults, config.access(),
                    JdbcStore.Release.NONE, () -> OPEN.remove(key));
            store.catchUp();
            return store;
        } catch (SQLException | IOException | RuntimeException e) {
            Opening.undo(index, db, e);
            OPEN.remove(key);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException(StoreException.Kind.FAILED, "cannot open database " + name + ": "
                    + e.getMessage(), e);
        }
    }

    private static Connection connect(Path file, String name) {
        try {
            return DriverManager.getConnection("jdbc:duckdb:" + file);
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            String lower = message.toLowerCase(Locale.ROOT);
            if (lower.contains("could not set lock") || lower.contains("conflicting lock")) {
                throw new StoreException(StoreException.Kind.IN_USE, "database " + name
                        + " is in use by another process", e);
            }
            if (lower.contains("not a valid duckdb database")) {
                throw new StoreException(StoreException.Kind.NOT_A_DATABASE, "file " + name
                        + " is not a DuckDB database", e);
            }
            throw new StoreException(StoreException.Kind.FAILED, "cannot open database " + name + ": " + message, e);
        }
    }
}
