package org.parley.model;

import java.util.Objects;

/** Who made a statement: the actor's id and name. */
public record Speaker(String actorId, String name) {
    public Speaker {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(name, "name");
    }
}
