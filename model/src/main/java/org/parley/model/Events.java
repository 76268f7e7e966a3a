package org.parley.model;

import java.util.List;
import java.util.stream.Stream;

/** The {@link Event} layer, in text order of the first evidence span. */
public record Events(List<Event> items) implements Layer {
    public Events {
        items = List.copyOf(items);
    }

    @Override
    public Stream<Span> spans() {
        return items.stream().flatMap(e -> Stream.of(e.evidence().stream(), e.date().map(EventDate::span).stream(),
                e.place().map(EventPlace::span).stream(), e.quantities().stream().map(Quantity::span))
                .flatMap(s -> s));
    }
}
