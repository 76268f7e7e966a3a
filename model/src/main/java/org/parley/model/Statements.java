package org.parley.model;

import java.util.List;
import java.util.stream.Stream;

/** The {@link Statement} layer, in text order of the first content span. */
public record Statements(List<Statement> items) implements Layer {
    public Statements {
        items = List.copyOf(items);
    }

    @Override
    public Stream<Span> spans() {
        return items.stream().flatMap(s -> Stream.concat(Stream.concat(s.content().stream(), Stream.of(s.cue())),
                s.source().stream()));
    }
}
