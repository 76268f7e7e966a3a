package org.parley.model;

/** A statement quoted word for word, reported in the writer's words, or reported with quoted fragments. */
public enum StatementKind {
    DIRECT, INDIRECT, MIXED
}
