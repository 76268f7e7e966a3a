package org.parley.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When an article can have been published, from its own evidence, for an article whose date was not found: not
 * before the latest date it reports as past ("met on June 10, 2023"), not after it was fetched. Never a guess: a
 * bound the text does not give stays empty. For a dated article both bounds are its publication date.
 *
 * @param basis    how the bounds were found, for people
 * @param evidence the spans of the text the bounds rest on
 */
public record PublishedEstimate(Optional<LocalDate> earliest, Optional<LocalDate> latest, String basis,
        List<Span> evidence) implements Layer {

    public PublishedEstimate {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(basis, "basis");
        evidence = List.copyOf(evidence);
    }

    /** The one day both bounds allow, if they meet. */
    public Optional<LocalDate> day() {
        return earliest.isPresent() && earliest.equals(latest) ? earliest : Optional.empty();
    }

    @Override
    public Stream<Span> spans() {
        return evidence.stream();
    }
}
