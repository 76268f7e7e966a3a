package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * An actor named in an article: a registry entry (id a Wikidata QID where known) or, for someone the registry does
 * not know, a new actor whose id is derived from the name, so the same person gets the same id in every article.
 */
public record Actor(String id, String name, ActorKind kind, List<String> aliases) {
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases);
    }
}
