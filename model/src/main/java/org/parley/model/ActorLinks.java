package org.parley.model;

import java.util.List;
import java.util.stream.Stream;

/** The {@link ActorLink} layer, in text order. */
public record ActorLinks(List<ActorLink> items) implements Layer {
    public ActorLinks {
        items = List.copyOf(items);
    }

    @Override
    public Stream<Span> spans() {
        return items.stream().map(ActorLink::span);
    }
}
