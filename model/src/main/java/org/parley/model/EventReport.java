package org.parley.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article's report of a {@link TimelineEvent}: the per-article event it merges, what that report says, and the
 * spans (into that article's text) that say it.
 *
 * @param article   the stored article's id
 * @param event     the per-article {@link Event#id()}
 * @param published the article's publication date, or its estimate when that is one day
 * @param date      the report's own date value ({@code YYYY[-MM[-DD]]}), when it gives one
 * @param evidence  the report's evidence spans, in the article's text
 */
public record EventReport(String article, String event, Optional<String> title, Optional<String> outlet,
        Optional<LocalDate> published, EventStatus status, Optional<String> date, Optional<String> place,
        List<TimelineEvent.Count> quantities, List<Span> evidence) {

    public EventReport {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(place, "place");
        quantities = List.copyOf(quantities);
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("report of " + event + " in " + article + " has no evidence");
        }
    }
}
