package org.parley.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A publication-date estimate for an undated stored article, from the dated articles that report the same events:
 * it cannot have been published before the events it reports as past happened. Never a guess: bounds that the
 * matched events do not give stay empty.
 *
 * @param basis  how the bounds were found, for people ("reports event X, dated 2025-05-16 by 3 other articles")
 * @param events the {@link TimelineEvent#id()}s the bounds rest on
 */
public record EventDating(String article, Optional<LocalDate> earliest, Optional<LocalDate> latest, String basis,
        List<String> events) {

    public EventDating {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(basis, "basis");
        events = List.copyOf(events);
    }
}
