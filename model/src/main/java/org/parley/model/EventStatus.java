package org.parley.model;

/** Whether the article says the event took place. */
public enum EventStatus {
    HAPPENED,
    PLANNED,
    PROPOSED,
    DENIED,
    HYPOTHETICAL
}
