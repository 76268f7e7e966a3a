package org.parley.model;

import java.util.List;
import java.util.stream.Stream;

/** The {@link Timex} layer, in text order. */
public record Timexes(List<Timex> items) implements Layer {
    public Timexes {
        items = List.copyOf(items);
    }

    @Override
    public Stream<Span> spans() {
        return items.stream().map(Timex::span);
    }
}
