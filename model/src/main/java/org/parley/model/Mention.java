package org.parley.model;

import java.util.Objects;

/** A named-entity mention: a span of the text and what kind of entity it names. */
public record Mention(Span span, EntityKind kind) {
    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
    }
}
