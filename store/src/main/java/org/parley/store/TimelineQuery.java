package org.parley.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.EventType;

/**
 * Which events of the stored timeline {@link Store#timeline(TimelineQuery, int, int)} returns: each present field
 * must match, an empty one matches every event. Values are bound as query parameters, so they are compared as data.
 *
 * @param from  the event's date range ends on or after this day (an event of {@code 2025-05} ends on 2025-05-31);
 *              an undated event matches no date bound
 * @param to    the event's date range starts on or before this day
 * @param actor a party or mediator: its actor id exactly, or a part of its name, ignoring case
 * @param type  the event type
 * @param place the place name, ignoring case
 */
public record TimelineQuery(Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> actor,
        Optional<EventType> type, Optional<String> place) {

    /** Every event. */
    public static final TimelineQuery ALL = new TimelineQuery(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public TimelineQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(place, "place");
    }
}
