package org.parley.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parley.model.Actors;
import org.parley.model.ArticleId;
import org.parley.model.Contradiction;
import org.parley.model.Event;
import org.parley.model.EventReport;
import org.parley.model.EventStatus;
import org.parley.model.Events;
import org.parley.model.Timeline;
import org.parley.model.TimelineEvent;
import org.parley.model.TimelineEvent.ActorRef;
import org.parley.model.TimelineEvent.Count;
import org.parley.store.ArticleSummary;
import org.parley.store.Store;

/**
 * A test fixture, not the cross-article stage: until that stage (module {@code link}) fills the stored timeline,
 * the server's tests merge the store's real per-article events crudely (same type, date value and place are one
 * event) so the timeline endpoints and pages have stored data to serve.
 */
final class FixtureTimeline {

    private FixtureTimeline() {
    }

    private record Found(String article, Event event) {
    }

    static Timeline of(Store store) {
        Map<String, List<Found>> groups = new TreeMap<>();
        store.eachLayer(Events.class, (article, events) -> events.items().forEach(e -> groups.computeIfAbsent(
                e.type() + "|" + date(e).orElse("") + "|" + e.place().map(p -> p.name())
                        .orElse(""), k -> new ArrayList<>()).add(new Found(article, e))));
        Map<String, String> names = new HashMap<>();
        store.eachLayer(Actors.class, (article, actors) -> actors.items().forEach(a -> names.putIfAbsent(a.id(),
                a.name())));
        Map<String, ArticleSummary> summaries = new HashMap<>();
        List<TimelineEvent> merged = new ArrayList<>();
        groups.forEach((key, found) -> {
            List<EventReport> reports = new ArrayList<>();
            for (Found f : found) {
                ArticleSummary s = summaries.computeIfAbsent(f.article(), id -> store.summary(id).orElseThrow());
                Event e = f.event();
                reports.add(new EventReport(f.article(), e.id(), s.title(), s.outlet(), s.published(), e.status(),
                        date(e), e.place().map(p -> p.name()), e.quantities().stream()
                                .map(q -> new Count(q.what(), q.value())).toList(), e.evidence()));
            }
            reports.sort(Comparator.comparing((EventReport r) -> r.published().orElse(java.time.LocalDate.MAX))
                    .thenComparing(EventReport::article));
            Event any = found.get(0).event();
            Set<String> articles = new LinkedHashSet<>();
            Set<String> outlets = new LinkedHashSet<>();
            reports.forEach(r -> {
                articles.add(r.article());
                outlets.add(r.outlet().orElse(r.article()));
            });
            EventStatus status = reports.stream().anyMatch(r -> r.status() == EventStatus.HAPPENED)
                    ? EventStatus.HAPPENED : reports.get(0).status();
            merged.add(new TimelineEvent(ArticleId.fromText(key).substring(0, 12), any.type(), status, any.detail(),
                    date(any), date(any).flatMap(d -> any.date().get().until().filter(u -> CALENDAR.matcher(u)
                            .matches())),
                    any.place().map(p -> p.name()), refs(found, true, names), refs(found, false, names),
                    reports.get(0).quantities(), reports, articles.size(), Math.min(outlets.size(), articles.size()),
                    reports.stream().filter(r -> r.published().isPresent()).findFirst().map(EventReport::article),
                    contradictions(reports)));
        });
        return new Timeline(merged, List.of());
    }

    private static final java.util.regex.Pattern CALENDAR = java.util.regex.Pattern.compile(
            "\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** A timeline event's date is a calendar date; TIMEX values such as XXXX-07-23 or 2022-W10 leave it undated. */
    private static java.util.Optional<String> date(Event e) {
        return e.date().map(d -> d.value()).filter(v -> CALENDAR.matcher(v).matches());
    }

    private static List<ActorRef> refs(List<Found> found, boolean parties, Map<String, String> names) {
        Set<String> ids = new LinkedHashSet<>();
        found.forEach(f -> ids.addAll(parties ? f.event().parties() : f.event().mediators()));
        return ids.stream().map(id -> new ActorRef(id, names.getOrDefault(id, id))).toList();
    }

    /** Reports of one event that give different statuses or numbers. */
    private static List<Contradiction> contradictions(List<EventReport> reports) {
        List<Contradiction> out = new ArrayList<>();
        Map<String, List<String>> statuses = new LinkedHashMap<>();
        reports.forEach(r -> statuses.computeIfAbsent(r.status().name().toLowerCase(java.util.Locale.ROOT),
                k -> new ArrayList<>()).add(r.article()));
        if (statuses.size() > 1) {
            out.add(new Contradiction("status", statuses.entrySet().stream().map(e -> new Contradiction.Version(
                    e.getKey(), e.getValue().stream().distinct().toList())).toList()));
        }
        Map<String, Map<Long, List<String>>> numbers = new TreeMap<>();
        reports.forEach(r -> r.quantities().forEach(c -> numbers.computeIfAbsent(c.what(), k -> new TreeMap<>())
                .computeIfAbsent(c.value(), k -> new ArrayList<>()).add(r.article())));
        numbers.forEach((what, values) -> {
            if (values.size() > 1) {
                out.add(new Contradiction("quantity:" + what, values.entrySet().stream().map(e ->
                        new Contradiction.Version(Long.toString(e.getKey()), e.getValue().stream().distinct()
                                .toList())).toList()));
            }
        });
        return out;
    }
}
