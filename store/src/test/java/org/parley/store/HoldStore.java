package org.parley.store;

import java.nio.file.Path;

/**
 * Run in a child JVM by a test: opens a store for writing (a DuckDB file or a PostgreSQL URL, with an optional
 * index folder), says so, and holds it until its stdin closes.
 */
public final class HoldStore {

    private HoldStore() {
    }

    public static void main(String[] args) throws Exception {
        StoreConfig config = StoreConfig.of(args[0]);
        if (args.length > 1) {
            config = config.withIndexDir(Path.of(args[1]));
        }
        try (Store store = Store.open(config)) {
            System.out.println("ready " + store.count());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our stdin
            }
        }
    }
}
