package org.parley.model;

import java.util.Objects;

/** A span of the text linked to an actor: which one, how sure (0..1) and how the link was made. */
public record ActorLink(Span span, String actorId, double score, LinkMethod method) {
    public ActorLink {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(method, "method");
    }
}
