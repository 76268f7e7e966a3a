package org.parley.model;

import java.util.List;
import java.util.stream.Stream;

/** The {@link NarrativeLabel} layer: narratives, each followed by its sub-narratives; "Other" alone when none. */
public record Narratives(List<NarrativeLabel> items) implements Layer {
    public Narratives {
        items = List.copyOf(items);
    }

    @Override
    public Stream<Span> spans() {
        return items.stream().flatMap(l -> l.evidence().stream());
    }
}
