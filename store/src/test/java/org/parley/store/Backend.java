package org.parley.store;

import java.nio.file.Path;

/**
 * The database of one test, on one backend: a DuckDB file in the test's folder, or a fresh database on the
 * test PostgreSQL server (dropped when the test ends). Either way the index lives in the test's folder.
 */
abstract class Backend implements AutoCloseable {

    /** The test's store configuration. */
    abstract StoreConfig config();

    /** Raw access to the database's tables. */
    abstract RawDb raw();

    /** How store messages name the database. */
    String name() {
        return config().database().toString();
    }

    Store open() {
        return Store.open(config());
    }

    JdbcStore open(Faults faults) {
        return Stores.open(config(), faults);
    }

    @Override
    public void close() {
    }

    static Backend duckdb(Path dir) {
        Path file = dir.resolve("parley.duckdb");
        StoreConfig config = StoreConfig.duckdb(file);
        return new Backend() {
            @Override
            StoreConfig config() {
                return config;
            }

            @Override
            RawDb raw() {
                return RawDb.duckdb(file);
            }
        };
    }

    /** Skips the test (assumption) where no PostgreSQL server can be started. */
    static Backend postgres(Path dir) {
        PgServer server = PgServer.get();
        String database = server.createDatabase();
        StoreConfig config = StoreConfig.postgres(server.url(database)).withIndexDir(dir.resolve("parley.lucene"));
        return new Backend() {
            @Override
            StoreConfig config() {
                return config;
            }

            @Override
            RawDb raw() {
                return RawDb.postgres(server, database);
            }

            @Override
            public void close() {
                server.dropDatabase(database);
            }
        };
    }
}
