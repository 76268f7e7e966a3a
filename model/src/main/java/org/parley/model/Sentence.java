package org.parley.model;

import java.util.Objects;

/** A sentence: its character span and the half-open range of its tokens in the {@link Tokens} layer. */
public record Sentence(Span span, int firstToken, int endToken) {
    public Sentence {
        Objects.requireNonNull(span, "span");
        if (firstToken < 0 || endToken < firstToken) {
            throw new IllegalArgumentException("sentence tokens [" + firstToken + ", " + endToken + ") invalid");
        }
    }
}
