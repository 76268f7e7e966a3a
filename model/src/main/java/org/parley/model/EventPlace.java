package org.parley.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an event happened.
 *
 * @param name    the place's canonical name ("Istanbul" for "Istanbul's Dolmabahce Palace"), as a key to merge by
 * @param actorId the registry id of the place, when the registry knows it
 */
public record EventPlace(Span span, String name, Optional<String> actorId) {
    public EventPlace {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(actorId, "actorId");
    }
}
