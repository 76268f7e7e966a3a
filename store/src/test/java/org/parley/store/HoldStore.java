package org.parley.store;

import java.nio.file.Path;

/** Run in a child JVM by a test: opens a store, says so, and holds it until its stdin closes. */
public final class HoldStore {

    private HoldStore() {
    }

    public static void main(String[] args) throws Exception {
        try (Store store = Store.open(StoreConfig.duckdb(Path.of(args[0])))) {
            System.out.println("ready " + store.count());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our stdin
            }
        }
    }
}
