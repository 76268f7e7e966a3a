package org.parley.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A negotiation event as one article reports it. Reports of one real event in many articles are merged later,
 * over the store, never inside the per-article pipeline.
 *
 * @param id         derived from the evidence spans and the type, so re-runs agree
 * @param detail     for {@link EventType#CEASEFIRE}: {@code call}, {@code declaration} or {@code violation}; for
 *                   {@link EventType#AGREEMENT}: {@code signed}, {@code rejected} or {@code implemented}
 * @param parties    actor ids of the sides and their delegations
 * @param mediators  actor ids of hosts and mediators
 * @param statements ids of the statements the report rests on (in the {@link Statements} layer)
 * @param evidence   the text that reports the event, in text order; never empty
 */
public record Event(String id, EventType type, EventStatus status, Optional<String> detail, Optional<EventDate> date,
        Optional<EventPlace> place, List<String> parties, List<String> mediators, List<Quantity> quantities,
        List<String> statements, List<Span> evidence) implements Comparable<Event> {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(place, "place");
        parties = List.copyOf(parties);
        mediators = List.copyOf(mediators);
        quantities = List.copyOf(quantities);
        statements = List.copyOf(statements);
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("event " + id + " has no evidence");
        }
    }

    @Override
    public int compareTo(Event o) {
        return evidence.get(0).compareTo(o.evidence.get(0));
    }
}
