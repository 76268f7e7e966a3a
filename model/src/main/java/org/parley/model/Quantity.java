package org.parley.model;

import java.util.Objects;

/**
 * A number an event report gives: {@code what} is a lower-case plural noun ("prisoners", "bodies"), so reports
 * of one event can be compared.
 */
public record Quantity(Span span, String what, long value) {
    public Quantity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(what, "what");
        if (value < 0) {
            throw new IllegalArgumentException("quantity " + what + " is negative: " + value);
        }
    }
}
