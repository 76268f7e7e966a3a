package org.parley.model;

import java.util.List;

/**
 * What the cross-article stage makes from the stored events: the merged events and the dates they give undated
 * articles. Derived data, replaced as a whole each time the stage runs.
 */
public record Timeline(List<TimelineEvent> events, List<EventDating> datings) {
    public Timeline {
        events = List.copyOf(events);
        datings = List.copyOf(datings);
    }

    public static final Timeline EMPTY = new Timeline(List.of(), List.of());
}
