package org.parley.model;

import java.util.List;
import java.util.stream.Stream;

/** The {@link Sentence} layer, in text order. */
public record Sentences(List<Sentence> items) implements Layer {
    public Sentences {
        items = List.copyOf(items);
    }

    @Override
    public Stream<Span> spans() {
        return items.stream().map(Sentence::span);
    }
}
