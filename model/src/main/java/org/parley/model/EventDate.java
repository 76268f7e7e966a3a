package org.parley.model;

import java.util.Objects;
import java.util.Optional;

/**
 * When an event happened, as precisely as the text says: {@code value} is a TIMEX3 date value ({@code 2025-05-16},
 * {@code 2025-05}, {@code 2022}) and {@code until} the end of a range when the text gives one.
 *
 * @param span the time expression the date comes from
 */
public record EventDate(Span span, String value, Optional<String> until) {
    public EventDate {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(until, "until");
    }
}
