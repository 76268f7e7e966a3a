package org.parley.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;

/**
 * Opens a {@link JdbcStore} on a PostgreSQL database. The PostgreSQL-specific parts live here: connecting, typed
 * errors for an unreachable server, refused credentials or a missing database, and the locks that let readers
 * work beside one writer.
 *
 * <p>Two session-level advisory locks (released by PostgreSQL when the connection ends, even after a crash):
 * one serialises migrations between openers, the other admits one writer per database, since the Lucene index
 * has one writer. Readers take no lock: they search the index the writer last committed, or, when this machine
 * has none, one of their own in memory.
 */
final class PgStores {

    /** Advisory lock keys; such locks are per database, so these need not vary with it. "parley" + a number. */
    static final long MIGRATION_LOCK = 0x7061726c65790001L;
    static final long WRITER_LOCK = 0x7061726c65790002L;
    static final long WRITER_WAIT_MILLIS = 1000;

    private PgStores() {
    }

    static JdbcStore open(StoreConfig config, Faults faults) {
        var pg = (StoreConfig.Postgres) config.database();
        String name = pg.toString();
        Connection db = connect(pg);
        SearchIndex index = null;
        try {
            // Reads of several queries run as one snapshot (see JdbcStore.snapshot).
            db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            int version;
            lock(db, "pg_advisory_lock", MIGRATION_LOCK);
            try {
                version = Migrations.apply(db, name);
            } finally {
                lock(db, "pg_advisory_unlock", MIGRATION_LOCK);
            }
            boolean writer = config.access() == StoreConfig.Access.READ_WRITE;
            if (writer && !writerLock(db)) {
                throw new StoreException(StoreException.Kind.IN_USE, "database " + name + " is in use by another "
                        + "writer (one ingest at a time; docs, show and search work meanwhile)");
            }
            String identity = identity(db);
            if (writer) {
                index = SearchIndex.open(config.indexDir(), name, identity);
            } else {
                index = SearchIndex.openCommitted(config.indexDir(), identity).orElse(null);
                if (index == null) {
                    index = SearchIndex.inMemory(config.indexDir(), identity);
                }
            }
            var store = new JdbcStore(name, db, version, index, config.indexCommitEvery(), faults, config.access(),
                    // Unlocked before closing: the server ends a closed session a moment later, and the next
                    // writer should not find the lock still held then.
                    c -> lock(c, "pg_advisory_unlock_all", null), () -> { });
            if (index.writable()) {
                store.catchUp();
            }
            return store;
        } catch (SQLException | IOException | RuntimeException e) {
            Opening.undo(index, db, e);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException(StoreException.Kind.FAILED, "cannot open database " + name + ": "
                    + e.getMessage(), e);
        }
    }

    static Connection connect(StoreConfig.Postgres pg) {
        var props = new Properties();
        props.setProperty("user", pg.user());
        pg.password().ifPresent(p -> props.setProperty("password", p));
        props.setProperty("ApplicationName", "parley");
        props.setProperty("connectTimeout", "10");
        props.setProperty("loginTimeout", "20");
        // One round trip per batch of inserts instead of one per row.
        props.setProperty("reWriteBatchedInserts", "true");
        try {
            return DriverManager.getConnection(pg.jdbcUrl(), props);
        } catch (SQLException e) {
            throw openError(pg, e);
        }
    }

    /** Turns the driver's refusal into a typed one-line error naming user, host, port and database. */
    static StoreException openError(StoreConfig.Postgres pg, SQLException e) {
        String state = String.valueOf(e.getSQLState());
        String message = String.valueOf(e.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (state.equals("3D000")) {
            return new StoreException(StoreException.Kind.NO_SUCH_DATABASE, "database '" + pg.database()
                    + "' does not exist on the PostgreSQL server at " + pg.host() + ":" + pg.port()
                    + "; create it first (createdb " + pg.database() + ")", e);
        }
        if (state.startsWith("28") || lower.contains("password")) {
            return new StoreException(StoreException.Kind.ACCESS_DENIED, "the PostgreSQL server at " + pg.address()
                    + " refused user '" + pg.user() + "': " + message, e);
        }
        if (state.startsWith("08")) {
            return new StoreException(StoreException.Kind.UNREACHABLE, "cannot reach the PostgreSQL server at "
                    + pg.address() + ": " + message, e);
        }
        return new StoreException(StoreException.Kind.FAILED, "cannot open database " + pg + ": " + message, e);
    }

    /**
     * Takes the writer lock, waiting up to {@link #WRITER_WAIT_MILLIS} for a writer that has just ended (a killed
     * process's session outlives it briefly), then gives up.
     */
    private static boolean writerLock(Connection db) throws SQLException {
        long deadline = System.nanoTime() + WRITER_WAIT_MILLIS * 1_000_000L;
        while (!lock(db, "pg_try_advisory_lock", WRITER_LOCK)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Calls an advisory lock function (with a key, or none); true unless it is a try that failed. */
    private static boolean lock(Connection db, String function, Long key) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + function + "(" + (key == null ? "" : key) + ")::text")) {
            rs.next();
            return !"false".equals(rs.getString(1));
        }
    }

    /**
     * Which database this is, beyond its name: the cluster's system identifier and the database's OID. A local
     * index kept under host, port and name is rebuilt when they differ (the database was dropped and recreated,
     * or another server now answers at that address).
     */
    private static String identity(Connection db) throws SQLException {
        String oid = "SELECT oid FROM pg_database WHERE datname = current_database()";
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT (SELECT system_identifier FROM pg_control_system()) || '/' "
                        + "|| (" + oid + ")")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(oid)) { // not granted here
                rs.next();
                return "?/" + rs.getString(1);
            }
        }
    }
}
