package org.parley.store;

/**
 * Test hook: called at named points of a write so a test can inject a failure where nothing else can fail on
 * demand (a child row half-way through a transaction, the index after a database commit).
 */
@FunctionalInterface
interface Faults {

    Faults NONE = point -> { };

    /** Points: {@code insert:problems}, {@code insert:mentions}, {@code insert:timexes}, {@code index:put}. */
    void at(String point);
}
