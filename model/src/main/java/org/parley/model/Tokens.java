package org.parley.model;

import java.util.List;
import java.util.stream.Stream;

/** The {@link Token} layer, in text order. */
public record Tokens(List<Token> items) implements Layer {
    public Tokens {
        items = List.copyOf(items);
    }

    @Override
    public Stream<Span> spans() {
        return items.stream().map(Token::span);
    }
}
