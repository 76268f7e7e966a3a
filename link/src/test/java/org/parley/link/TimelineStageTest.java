package org.parley.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Actors;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Document;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventPlace;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.Events;
import org.parley.model.PublishedFrom;
import org.parley.model.Quantity;
import org.parley.model.Span;
import org.parley.model.Stamp;
import org.parley.model.Step;
import org.parley.model.Timeline;
import org.parley.model.TimelineEvent;
import org.parley.store.Store;
import org.parley.store.StoreConfig;
import org.parley.store.TimelineQuery;

/** The stage over a real store: events and actors read from stored layers, copies found, the timeline written. */
class TimelineStageTest {

    @TempDir
    Path dir;

    static Document doc(String text, String outlet, Optional<LocalDate> published, String date, long prisoners) {
        Article a = new Article(ArticleId.fromText(text + outlet), "mem:" + outlet, Optional.of(outlet),
                Optional.empty(), Optional.empty(), Optional.of("Talks in Istanbul"), published,
                published.isPresent() ? PublishedFrom.METADATA : PublishedFrom.NONE, Optional.empty(), "en", text,
                List.of());
        int at = text.indexOf("Istanbul");
        Event round = new Event("ev-" + outlet, EventType.TALKS_ROUND, EventStatus.HAPPENED, Optional.empty(),
                Optional.of(new EventDate(new Span(0, 6), date, Optional.empty())),
                Optional.of(new EventPlace(new Span(at, at + 8), "Istanbul", Optional.empty())),
                List.of("Q159", "Q212"), List.of(), List.of(), List.of(), List.of(new Span(0, text.indexOf('.') + 1)));
        Event swap = new Event("ev-x-" + outlet, EventType.PRISONER_EXCHANGE, EventStatus.PLANNED, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of("Q159", "Q212"), List.of(),
                List.of(new Quantity(new Span(0, 4), "prisoners", prisoners)), List.of(), List.of(new Span(0, 4)));
        Actors actors = new Actors(List.of(new Actor("Q159", "Russia", ActorKind.STATE, List.of()),
                new Actor("Q212", "Ukraine", ActorKind.STATE, List.of())));
        return new Document(a, List.of(new Step(new Stamp("test", "1"), List.of(actors, new Events(List.of(round,
                swap))), List.of())));
    }

    @Test
    void theStoredEventsOfCopiesAndOtherReportsBecomeOneTimelineWrittenBack() {
        Optional<LocalDate> may17 = Optional.of(LocalDate.of(2025, 5, 17));
        List<Document> docs = List.of(doc(LinkTest.WIRE, "TASS", Optional.of(LocalDate.of(2025, 5, 16)), "2025-05-16",
                1000), doc(LinkTest.REPRINT, "Meridian Daily", may17, "2025-05-16", 1000),
                doc(LinkTest.OTHER, "Riverbend Observer", Optional.empty(), "XXXX-05-16", 1000));
        Link link = Link.builder().build();
        try (Store store = Store.open(StoreConfig.duckdb(dir.resolve("t.duckdb")))) {
            store.putAll(docs);
            Timeline t = link.updateTimeline(store);
            assertThat(link.timeline(store)).as("the same store, the same timeline").isEqualTo(t);
            List<TimelineEvent> stored = store.timeline(TimelineQuery.ALL, 10, 0);
            assertThat(stored).isEqualTo(t.events());
            TimelineEvent round = stored.stream().filter(e -> e.type() == EventType.TALKS_ROUND).findFirst()
                    .orElseThrow();
            assertThat(round.sources()).isEqualTo(3);
            assertThat(round.independentSources()).as("the reprint is the wire story again").isEqualTo(2);
            assertThat(round.firstReport()).contains(docs.get(0).article().id());
            assertThat(round.parties()).extracting(TimelineEvent.ActorRef::name).containsExactly("Russia", "Ukraine");
            assertThat(store.eventDatings()).singleElement().satisfies(d -> {
                assertThat(d.article()).isEqualTo(docs.get(2).article().id());
                assertThat(d.earliest()).contains(LocalDate.of(2025, 5, 16));
            });
            // Undated planned exchanges: the copies' are one, the other report's stays apart.
            assertThat(stored.stream().filter(e -> e.type() == EventType.PRISONER_EXCHANGE))
                    .extracting(TimelineEvent::sources).containsExactlyInAnyOrder(2, 1);
        }
    }

    @Test
    void ownersAreJoinedPerEventNotChainedThroughCopiesOfOtherStories() {
        Optional<LocalDate> may17 = Optional.of(LocalDate.of(2025, 5, 17));
        Optional<LocalDate> june3 = Optional.of(LocalDate.of(2025, 6, 3));
        // Meridian Daily reprinted a TASS story in May; in June each wrote its own report of another round.
        List<Document> docs = List.of(doc(LinkTest.WIRE, "TASS", may17, "2025-05-16", 1000),
                doc(LinkTest.REPRINT, "Meridian Daily", may17, "2025-05-16", 1000),
                doc("The second round in Istanbul ended after about an hour with an agreement to swap the young and "
                        + "the badly wounded first, a Moscow delegate said by telephone.", "TASS", june3,
                        "2025-06-02", 1200),
                doc("Kyiv's negotiators flew home from Istanbul with a list of children they want returned and a "
                        + "promise of more exchanges, but without the truce they had asked for.", "Meridian Daily",
                        june3, "2025-06-02", 1200));
        try (Store store = Store.open(StoreConfig.duckdb(dir.resolve("o.duckdb")))) {
            store.putAll(docs);
            TimelineEvent june = Link.builder().build().timeline(store).events().stream()
                    .filter(e -> e.date().equals(Optional.of("2025-06-02"))).findFirst().orElseThrow();
            assertThat(june.sources()).isEqualTo(2);
            assertThat(june.independentSources()).isEqualTo(2);
        }
    }
}
