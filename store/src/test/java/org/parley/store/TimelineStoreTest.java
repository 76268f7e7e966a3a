package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Contradiction;
import org.parley.model.EventDating;
import org.parley.model.EventReport;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.Mentions;
import org.parley.model.Span;
import org.parley.model.Timeline;
import org.parley.model.TimelineEvent;
import org.parley.model.TimelineEvent.ActorRef;
import org.parley.model.TimelineEvent.Count;

/**
 * The stored timeline, the same on every backend: {@link DuckDbTimelineTest} and {@link PgTimelineTest} run these
 * cases on a fresh database each.
 */
abstract class TimelineStoreTest {

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    Backend backend;

    abstract Backend backend(java.nio.file.Path dir);

    @org.junit.jupiter.api.BeforeEach
    void createDatabase() {
        backend = backend(dir);
    }

    @org.junit.jupiter.api.AfterEach
    void dropDatabase() {
        if (backend != null) {
            backend.close();
        }
    }

    Store open() {
        return backend.open();
    }

    static final ActorRef RUSSIA = new ActorRef("Q159", "Russia");
    static final ActorRef UKRAINE = new ActorRef("Q212", "Ukraine");
    static final ActorRef TURKEY = new ActorRef("Q43", "Türkiye");
    static final ActorRef ODD = new ActorRef("new:50%_off", "The 50%_Off Group");

    static TimelineEvent event(String id, EventType type, String date, Optional<String> until, String place,
            List<ActorRef> parties, List<ActorRef> mediators, String... articles) {
        var reports = new ArrayList<EventReport>();
        for (String a : articles) {
            reports.add(new EventReport(a, "ev-" + a, Optional.of("Title " + a), Optional.of("Outlet " + a),
                    Optional.of(LocalDate.of(2025, 5, 17)), EventStatus.HAPPENED, Optional.ofNullable(date),
                    Optional.ofNullable(place), List.of(new Count("prisoners", 1000)), List.of(new Span(3, 40))));
        }
        List<Contradiction> contradictions = articles.length < 2 ? List.of() : List.of(new Contradiction("date",
                List.of(new Contradiction.Version("2025-05-16", List.of(articles[0])),
                        new Contradiction.Version("2025-05-17", List.of(articles[1])))));
        return new TimelineEvent(id, type, EventStatus.HAPPENED, Optional.empty(), Optional.ofNullable(date), until,
                Optional.ofNullable(place), parties, mediators, List.of(new Count("prisoners", 1000)), reports,
                articles.length, 1, Optional.of(articles[0]), contradictions);
    }

    static Timeline sample() {
        return new Timeline(List.of(
                event("aa01", EventType.TALKS_ROUND, "2022-03-29", Optional.empty(), "Istanbul",
                        List.of(RUSSIA, UKRAINE), List.of(TURKEY), "a1"),
                event("aa02", EventType.TALKS_ROUND, "2025-05-16", Optional.empty(), "Istanbul",
                        List.of(RUSSIA, UKRAINE), List.of(TURKEY), "a2", "a3"),
                event("bb03", EventType.PRISONER_EXCHANGE, "2025-05", Optional.empty(), null,
                        List.of(RUSSIA, UKRAINE), List.of(), "a3"),
                event("bb04", EventType.CEASEFIRE, "2025", Optional.of("2026"), null, List.of(ODD), List.of(), "a4"),
                event("cc05", EventType.PROPOSAL, null, Optional.empty(), null, List.of(UKRAINE), List.of(), "a5")),
                List.of(new EventDating("a5", Optional.of(LocalDate.of(2025, 5, 16)), Optional.empty(),
                        "reports event aa02, dated 2025-05-16 by 2 other articles", List.of("aa02"))));
    }

    static TimelineQuery query(String from, String to, String actor, EventType type, String place) {
        return new TimelineQuery(Optional.ofNullable(from).map(LocalDate::parse),
                Optional.ofNullable(to).map(LocalDate::parse), Optional.ofNullable(actor), Optional.ofNullable(type),
                Optional.ofNullable(place));
    }

    private static List<String> ids(List<TimelineEvent> events) {
        return events.stream().map(TimelineEvent::id).toList();
    }

    @Test
    void timelineRoundTripsInDateOrderUndatedLast() {
        try (Store store = open()) {
            store.replaceTimeline(sample());
            List<TimelineEvent> all = store.timeline(TimelineQuery.ALL, 100, 0);
            assertThat(ids(all)).containsExactly("aa01", "bb04", "bb03", "aa02", "cc05");
            assertThat(all).containsExactlyInAnyOrderElementsOf(sample().events());
            assertThat(store.countTimeline(TimelineQuery.ALL)).isEqualTo(5);
            assertThat(store.timelineEvent("aa02")).contains(sample().events().get(1));
            assertThat(store.timelineEvent("zz99")).isEmpty();
            assertThat(store.timelineIdsStartingWith("bb", 10)).containsExactly("bb03", "bb04");
            assertThat(store.timelineIdsStartingWith("b%", 10)).isEmpty();
            assertThat(store.eventDatings()).isEqualTo(sample().datings());
            assertThat(ids(store.timeline(TimelineQuery.ALL, 2, 1))).containsExactly("bb04", "bb03");
        }
    }

    @Test
    void filtersByDateRangeOverlapActorTypeAndPlace() {
        try (Store store = open()) {
            store.replaceTimeline(sample());
            // 2025-05 (the whole month) and 2025..2026 overlap a query of one day in May 2025.
            assertThat(ids(store.timeline(query("2025-05-20", "2025-05-20", null, null, null), 10, 0)))
                    .containsExactly("bb04", "bb03");
            assertThat(ids(store.timeline(query(null, "2022-12-31", null, null, null), 10, 0)))
                    .containsExactly("aa01");
            assertThat(ids(store.timeline(query(null, null, "türk", null, null), 10, 0)))
                    .containsExactly("aa01", "aa02");
            assertThat(ids(store.timeline(query(null, null, "Q212", EventType.PROPOSAL, null), 10, 0)))
                    .containsExactly("cc05");
            assertThat(ids(store.timeline(query(null, null, null, null, "ISTANBUL"), 10, 0)))
                    .containsExactly("aa01", "aa02");
            assertThat(store.countTimeline(query("2025-01-01", null, null, EventType.TALKS_ROUND, "istanbul")))
                    .isEqualTo(1);
        }
    }

    @Test
    void filterValuesAreDataNotSqlOrPatterns() {
        try (Store store = open()) {
            store.replaceTimeline(sample());
            assertThat(ids(store.timeline(query(null, null, "50%_", null, null), 10, 0))).containsExactly("bb04");
            assertThat(ids(store.timeline(query(null, null, "%", null, null), 10, 0))).containsExactly("bb04");
            assertThat(store.timeline(query(null, null, "x' OR '1'='1", null, null), 10, 0)).isEmpty();
            assertThat(store.timeline(query(null, null, null, null, "Istanbul'; DROP TABLE articles; --"), 10, 0))
                    .isEmpty();
            assertThat(store.count()).isZero(); // the articles table is still there
        }
    }

    @Test
    void replacingIsWholeAndSurvivesReopening() {
        try (Store store = open()) {
            store.replaceTimeline(sample());
            store.replaceTimeline(new Timeline(List.of(sample().events().get(0)), List.of()));
        }
        try (Store store = open()) {
            assertThat(ids(store.timeline(TimelineQuery.ALL, 10, 0))).containsExactly("aa01");
            assertThat(store.eventDatings()).isEmpty();
            store.replaceTimeline(Timeline.EMPTY);
            assertThat(store.countTimeline(TimelineQuery.ALL)).isZero();
        }
    }

    @Test
    void eachArticleAndEachLayerReadEveryStoredOneInIdOrder() {
        try (Store store = open()) {
            store.putAll(List.of(Docs.istanbul(), Docs.riyadhUndated(), Docs.french()));
            var articles = new ArrayList<String>();
            store.eachArticle(a -> articles.add(a.id()));
            assertThat(articles).isSorted().containsExactlyInAnyOrder(Docs.istanbul().article().id(),
                    Docs.riyadhUndated().article().id(), Docs.french().article().id());
            var withMentions = new ArrayList<String>();
            store.eachLayer(Mentions.class, (id, m) -> withMentions.add(id + ":" + m.items().size()));
            assertThat(withMentions).containsExactlyInAnyOrder(Docs.istanbul().article().id() + ":3",
                    Docs.riyadhUndated().article().id() + ":0");
        }
    }
}
