package org.parley.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One real negotiation event as the stored articles report it: the per-article {@link Event}s of many articles that
 * tell of the same event (type, date within its precision, place, participants), merged over the store after the
 * per-article pipeline. Derived data: the cross-article stage makes it anew from the stored events.
 *
 * @param id                 derived from the type, date, place and parties, so the same reports give the same id
 * @param status             what most reports say (a report that it happened outweighs plans and proposals)
 * @param date               {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}: the most precise value the reports
 *                           agree on; empty when no report gives a calendar date
 * @param until              end of a range, in the same form, when the reports give one
 * @param place              canonical place name ("Istanbul"), when the reports give one
 * @param parties            sides and delegations
 * @param mediators          hosts and mediators
 * @param quantities         numbers the reports give (prisoners, bodies), the value most reports agree on
 * @param reports            every report, the first report first, then by publication date and article id
 * @param sources            how many articles report it
 * @param independentSources how many independent sources: copies of one story, and outlets of one owner, count once
 * @param firstReport        the article id of the earliest dated report, when any report is dated
 * @param contradictions     where the reports disagree (dates, places, numbers, outcomes)
 */
public record TimelineEvent(String id, EventType type, EventStatus status, Optional<String> detail,
        Optional<String> date, Optional<String> until, Optional<String> place, List<ActorRef> parties,
        List<ActorRef> mediators, List<Count> quantities, List<EventReport> reports, int sources,
        int independentSources, Optional<String> firstReport, List<Contradiction> contradictions) {

    public TimelineEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(firstReport, "firstReport");
        parties = List.copyOf(parties);
        mediators = List.copyOf(mediators);
        quantities = List.copyOf(quantities);
        reports = List.copyOf(reports);
        contradictions = List.copyOf(contradictions);
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("timeline event " + id + " has no report");
        }
        if (independentSources < 1 || independentSources > sources) {
            throw new IllegalArgumentException("timeline event " + id + " has " + independentSources
                    + " independent sources of " + sources);
        }
    }

    /** An actor by registry id and display name, so a timeline needs no second look-up to be read. */
    public record ActorRef(String id, String name) {
        public ActorRef {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }

    /** A number without the span it was read from: {@code what} as in {@link Quantity#what()}. */
    public record Count(String what, long value) {
        public Count {
            Objects.requireNonNull(what, "what");
        }
    }
}
