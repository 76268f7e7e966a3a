package org.parley.model;

/** Kinds of named-entity mentions; time expressions are {@link Timex}es, not mentions. */
public enum EntityKind {
    PERSON, ORG, LOCATION, MISC
}
