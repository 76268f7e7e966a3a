package org.parley.model;

import java.util.Objects;

/** A token of the text: where it is, its part of speech (Penn tag) and lemma. The word is {@code span.of(text)}. */
public record Token(Span span, String pos, String lemma) {
    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(lemma, "lemma");
    }
}
