package org.parley.model;

import java.util.List;
import java.util.stream.Stream;

/** The {@link Actor}s an article names, in order of first mention. Points at no span: links do. */
public record Actors(List<Actor> items) implements Layer {
    public Actors {
        items = List.copyOf(items);
    }

    @Override
    public Stream<Span> spans() {
        return Stream.empty();
    }
}
