package org.parley.model;

import java.util.List;
import java.util.stream.Stream;

/** The {@link Paragraph} layer, in text order: where statements and quotes may run across sentences. */
public record Paragraphs(List<Paragraph> items) implements Layer {
    public Paragraphs {
        items = List.copyOf(items);
    }

    @Override
    public Stream<Span> spans() {
        return items.stream().map(Paragraph::span);
    }
}
