package org.parley.model;

import java.util.List;
import java.util.stream.Stream;

/** The {@link Mention} layer, in text order. */
public record Mentions(List<Mention> items) implements Layer {
    public Mentions {
        items = List.copyOf(items);
    }

    @Override
    public Stream<Span> spans() {
        return items.stream().map(Mention::span);
    }
}
