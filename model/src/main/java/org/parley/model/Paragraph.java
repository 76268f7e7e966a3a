package org.parley.model;

import java.util.Objects;

/** A paragraph of the body: its character span, without the blank lines around it. */
public record Paragraph(Span span) {
    public Paragraph {
        Objects.requireNonNull(span, "span");
    }
}
