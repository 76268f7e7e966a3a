package org.parley.store;

/** Picks the opener for the configured database. */
final class Stores {

    private Stores() {
    }

    static JdbcStore open(StoreConfig config, Faults faults) {
        if (config.database() instanceof StoreConfig.Postgres) {
            return PgStores.open(config, faults);
        }
        return DuckDbStores.open(config, faults);
    }
}
