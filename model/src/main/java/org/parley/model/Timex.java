package org.parley.model;

import java.util.Objects;

/**
 * A time expression normalized as TIMEX3 against the article's date.
 *
 * @param value the TIMEX3 value, e.g. {@code 2022-03-29}, {@code 2025-06}, {@code P30D}, {@code PAST_REF}
 */
public record Timex(Span span, TimexType type, String value) {
    public Timex {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }
}
