package org.parley.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Contradiction;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventPlace;
import org.parley.model.EventReport;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.Quantity;
import org.parley.model.Span;
import org.parley.model.Timeline;
import org.parley.model.TimelineEvent;

/** The merging rules of {@link Link#timeline} on reports built by hand. */
class TimelineMergeTest {

    static final String RU = "Q159";
    static final String UA = "Q212";
    static final String TR = "Q43";
    static final Merger MERGER = new Merger(Map.of(RU, "Russia", UA, "Ukraine", TR, "Türkiye"));

    private int next;

    /** An article: its own date (or none), its copy set and independent source as given. */
    static Merger.Source article(String id, String published, int copies, int source) {
        Optional<LocalDate> day = Optional.ofNullable(published).map(LocalDate::parse);
        return new Merger.Source(id, Optional.of("Title " + id), Optional.of("Outlet " + id), day, day.isPresent(),
                copies, "owner " + source);
    }

    static Merger.Source article(String id, String published) {
        return article(id, published, id.hashCode(), id.hashCode());
    }

    Merger.Report report(Merger.Source a, EventType type, EventStatus status, String date, String place,
            List<Quantity> quantities, String... parties) {
        int at = 10 * next++;
        Event e = new Event("ev-" + a.id() + "-" + at, type, status, Optional.empty(),
                Optional.ofNullable(date).map(d -> new EventDate(new Span(at, at + 3), d, Optional.empty())),
                Optional.ofNullable(place).map(p -> new EventPlace(new Span(at + 4, at + 6), p, Optional.empty())),
                Arrays.asList(parties), place == null ? List.of() : List.of(TR), quantities, List.of(),
                List.of(new Span(at, at + 9)));
        return new Merger.Report(a, e);
    }

    Merger.Report round(Merger.Source a, String date, String place, String... parties) {
        return report(a, EventType.TALKS_ROUND, EventStatus.HAPPENED, date, place, List.of(), parties);
    }

    static List<Quantity> prisoners(long n) {
        return List.of(new Quantity(new Span(0, 3), "prisoners", n));
    }

    @Test
    void reportsOfOneRoundMergeWithinTheirPrecisionAndTheFirstReportLeads() {
        var a = article("a", "2022-03-30");
        var b = article("b", "2022-03-29");
        var c = article("c", null);
        var d = article("d", "2023-02-13");
        Timeline t = MERGER.merge(List.of(round(a, "2022-03-29", "Istanbul", RU, UA),
                round(b, "2022-03", null, RU, UA), round(c, "XXXX-03-29", "Istanbul"), round(d, "2022", null)));
        assertThat(t.events()).singleElement().satisfies(e -> {
            assertThat(e.date()).contains("2022-03-29");
            assertThat(e.place()).contains("Istanbul");
            assertThat(e.sources()).isEqualTo(4);
            assertThat(e.independentSources()).isEqualTo(4);
            assertThat(e.firstReport()).contains("b");
            assertThat(e.reports()).extracting(EventReport::article).containsExactly("b", "a", "d", "c");
            assertThat(e.parties()).extracting(TimelineEvent.ActorRef::name).containsExactly("Russia", "Ukraine");
            assertThat(e.mediators()).extracting(TimelineEvent.ActorRef::id).containsExactly(TR);
            assertThat(e.contradictions()).isEmpty();
        });
        assertThat(t.datings()).singleElement().satisfies(dating -> {
            assertThat(dating.article()).isEqualTo("c");
            assertThat(dating.earliest()).contains(LocalDate.of(2022, 3, 29));
            assertThat(dating.latest()).isEmpty();
            assertThat(dating.basis()).contains("2022-03-29").contains("3 other articles");
        });
    }

    @Test
    void aCoarseReportThatFitsTwoEventsJoinsNeitherAndAYearlessMonthJoinsNothingDated() {
        var a = article("a", "2022-03-10");
        var b = article("b", "2022-04-01");
        var c = article("c", null);
        Timeline t = MERGER.merge(List.of(round(a, "2022-03-03", "Belarus"), round(a, "2022-03-07", "Belarus"),
                round(b, "2022-03", null), round(c, "XXXX-03", null)));
        assertThat(t.events()).hasSize(4).allSatisfy(e -> assertThat(e.sources()).isEqualTo(1));
        assertThat(t.events()).extracting(e -> e.date().orElse("-"))
                .containsExactly("2022-03", "2022-03-03", "2022-03-07", "-");
    }

    @Test
    void statusesMergeExceptHypotheticalAndHappenedOutweighsPlans() {
        var a = article("a", "2025-05-14");
        var b = article("b", "2025-05-17");
        var c = article("c", "2025-05-15");
        var d = article("d", "2025-05-18");
        Timeline t = MERGER.merge(List.of(
                report(a, EventType.TALKS_ROUND, EventStatus.PLANNED, "2025-05-16", "Istanbul", List.of()),
                report(c, EventType.TALKS_ROUND, EventStatus.PLANNED, "2025-05-16", "Istanbul", List.of()),
                report(b, EventType.TALKS_ROUND, EventStatus.HAPPENED, "2025-05-16", "Istanbul", List.of()),
                report(d, EventType.TALKS_ROUND, EventStatus.HYPOTHETICAL, "2025-05-16", "Istanbul", List.of())));
        assertThat(t.events()).hasSize(2);
        TimelineEvent real = t.events().stream().filter(e -> e.sources() == 3).findFirst().orElseThrow();
        assertThat(real.status()).isEqualTo(EventStatus.HAPPENED);
        assertThat(real.contradictions()).as("a plan and its happening do not contradict").isEmpty();
        assertThat(t.events()).anySatisfy(e -> assertThat(e.status()).isEqualTo(EventStatus.HYPOTHETICAL));
    }

    @Test
    void aDenialIsAStatusContradictionAndOutweighsOnlyWithMoreArticles() {
        var a = article("a", "2025-05-17");
        var b = article("b", "2025-05-17");
        var c = article("c", "2025-05-18");
        var happened = report(a, EventType.MEETING, EventStatus.HAPPENED, "2025-05-16", null, List.of(), RU, UA);
        var denied = report(b, EventType.MEETING, EventStatus.DENIED, "2025-05-16", null, List.of(), RU, UA);
        var again = report(c, EventType.MEETING, EventStatus.DENIED, "2025-05-16", null, List.of(), RU, UA);
        TimelineEvent tie = MERGER.merge(List.of(happened, denied)).events().get(0);
        assertThat(tie.status()).isEqualTo(EventStatus.HAPPENED);
        assertThat(tie.contradictions()).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("status");
            assertThat(x.versions()).extracting(Contradiction.Version::value).containsExactly("denied", "happened");
        });
        assertThat(MERGER.merge(List.of(happened, denied, again)).events().get(0).status())
                .isEqualTo(EventStatus.DENIED);
    }

    @Test
    void differentNumbersOfPrisonersAreAQuantityContradictionAndTheMajorityWins() {
        var a = article("a", "2024-01-03");
        var b = article("b", "2024-01-03");
        var c = article("c", "2024-01-04");
        TimelineEvent e = MERGER.merge(List.of(
                report(a, EventType.PRISONER_EXCHANGE, EventStatus.HAPPENED, "2024-01-03", null, prisoners(230), UA),
                report(b, EventType.PRISONER_EXCHANGE, EventStatus.HAPPENED, "2024-01-03", null, prisoners(248), RU),
                report(c, EventType.PRISONER_EXCHANGE, EventStatus.HAPPENED, "2024-01", null, prisoners(230), RU, UA)))
                .events().get(0);
        assertThat(e.sources()).as("one named side is a partial view, not another exchange").isEqualTo(3);
        assertThat(e.quantities()).containsExactly(new TimelineEvent.Count("prisoners", 230));
        assertThat(e.contradictions()).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("quantity:prisoners");
            assertThat(x.versions()).containsExactly(new Contradiction.Version("230", List.of("a", "c")),
                    new Contradiction.Version("248", List.of("b")));
        });
    }

    @Test
    void nextDaysAtOnePlaceAreADateContradictionAndTwoPlacesOnOneDayAPlaceContradiction() {
        var a = article("a", "2025-05-17");
        var b = article("b", "2025-05-18");
        TimelineEvent dates = MERGER.merge(List.of(round(a, "2025-05-16", "Istanbul", RU, UA),
                round(b, "2025-05-15", "Istanbul", RU, UA))).events().get(0);
        assertThat(dates.date()).as("no majority: the month both days share").contains("2025-05");
        assertThat(dates.contradictions()).extracting(Contradiction::field).containsExactly("date");
        assertThat(MERGER.merge(List.of(round(a, "2025-05-16", null), round(b, "2025-05-15", null))).events())
                .as("without a place, next days are two events").hasSize(2);

        TimelineEvent places = MERGER.merge(List.of(round(a, "2025-05-16", "Istanbul", RU, UA),
                round(b, "2025-05-16", "Ankara", RU, UA))).events().get(0);
        assertThat(places.contradictions()).extracting(Contradiction::field).containsExactly("place");
        assertThat(MERGER.merge(List.of(round(a, "2025-05-16", "Istanbul"), round(b, "2025-05", "Ankara"))).events())
                .as("a month in another place is another event").hasSize(2);
        assertThat(MERGER.merge(List.of(round(a, "2025-05-16", null, RU, UA), round(b, "2025-05-16", null, "Q30",
                "Q17"))).events()).as("other sides, another meeting").hasSize(2);
    }

    @Test
    void aLaterReportsPlaceIsComparedWithThePlaceMostReportsGive() {
        var a = article("a", "2022-03-30");
        var b = article("b", "2022-03-30");
        var c = article("c", "2022-03-31");
        var d = article("d", "2023-02-17");
        TimelineEvent e = MERGER.merge(List.of(round(a, "2022-03-29", "Istanbul", RU, UA),
                round(b, "2022-03-29", "Istanbul"), round(c, "2022-03-29", "Turkey", RU, UA),
                round(d, "2022-03", "Istanbul"))).events().get(0);
        assertThat(e.sources()).as("the month in Istanbul is not kept out by the report that says Turkey")
                .isEqualTo(4);
        assertThat(e.place()).contains("Istanbul");
        assertThat(e.contradictions()).as("Istanbul lies in Turkey: the reports agree").isEmpty();
    }

    @Test
    void anEventKeepsItsIdWhenANewReportNamesOneMoreSide() {
        var a = article("a", "2025-05-16");
        var b = article("b", "2025-05-17");
        var c = article("c", "2025-05-17");
        String before = MERGER.merge(List.of(round(a, "2025-05-16", "Istanbul", RU, UA))).events().get(0).id();
        TimelineEvent after = MERGER.merge(List.of(round(a, "2025-05-16", "Istanbul", RU, UA),
                round(b, "2025-05-16", "Istanbul", RU, UA, TR))).events().get(0);
        assertThat(after.sources()).isEqualTo(2);
        assertThat(after.id()).isEqualTo(before);
        // Other sides the same day at the same place: another event, with an id of its own.
        List<TimelineEvent> two = MERGER.merge(List.of(round(a, "2025-05-16", "Istanbul", RU, UA),
                round(c, "2025-05-16", "Istanbul", "Q30", "Q17"))).events();
        assertThat(two).hasSize(2);
        assertThat(two).extracting(TimelineEvent::id).doesNotHaveDuplicates().contains(before);
    }

    @Test
    void aVenueTakenForAnOrganizationIsNoParty() {
        Merger merger = new Merger(Map.of(RU, "Russia", UA, "Ukraine", "parley:new-1", "Dolmabahce Palace",
                "parley:new-2", "Gorvane Council"));
        TimelineEvent e = merger.merge(List.of(round(article("a", "2025-05-16"), "2025-05-16", "Istanbul", RU, UA,
                "parley:new-1", "parley:new-2"))).events().get(0);
        assertThat(e.parties()).extracting(TimelineEvent.ActorRef::name)
                .containsExactly("Gorvane Council", "Russia", "Ukraine");
    }

    @Test
    void aCityAndItsCountryAreOnePlaceAndTheMorePreciseOneIsTheEventsPlace() {
        var a = article("a", "2022-03-30");
        var b = article("b", "2022-03-30");
        var c = article("c", "2023-02-17");
        TimelineEvent e = MERGER.merge(List.of(round(a, "2022-03-29", "Turkey", RU, UA),
                round(b, "2022-03-29", "Türkiye", RU, UA), round(c, "2022-03", "Istanbul"))).events().get(0);
        assertThat(e.sources()).as("most reports say Turkey (in two spellings), one says Istanbul").isEqualTo(3);
        assertThat(e.place()).contains("Istanbul");
        assertThat(e.contradictions()).isEmpty();

        TimelineEvent palace = MERGER.merge(List.of(round(a, "2025-05-16", "Dolmabahce Palace", RU, UA),
                round(b, "2025-05-16", "Istanbul", RU, UA), round(c, "2025-05-16", "Turkey"))).events().get(0);
        assertThat(palace.place()).as("the innermost place, under its canonical spelling").contains("Dolmabahçe Palace");
        assertThat(palace.contradictions()).isEmpty();

        assertThat(MERGER.merge(List.of(round(a, "2025-05-16", "Istanbul"), round(b, "2025-05", "Geneva"))).events())
                .as("Geneva is not in Turkey").hasSize(2);
        assertThat(MERGER.merge(List.of(round(a, "2025-05-16", "Springfield"), round(b, "2025-05", "Shelbyville")))
                .events()).as("places the table does not know are compared as written").hasSize(2);
    }

    @Test
    void otherTypesDetailsAndUndatedReportsStayApartExceptUndatedCopies() {
        var a = article("a", "2025-05-17", 1, 1);
        var b = article("b", "2025-05-18", 1, 1);
        var c = article("c", "2025-05-18", 3, 3);
        Event call = new Event("ev-call", EventType.CEASEFIRE, EventStatus.HAPPENED, Optional.of("call"),
                Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(new Span(0, 5)));
        Event violation = new Event("ev-viol", EventType.CEASEFIRE, EventStatus.HAPPENED, Optional.of("violation"),
                Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(new Span(0, 5)));
        Timeline t = MERGER.merge(List.of(new Merger.Report(a, call), new Merger.Report(b, call),
                new Merger.Report(c, call), new Merger.Report(b, violation), round(a, "2025-05-16", null),
                report(b, EventType.MEETING, EventStatus.HAPPENED, "2025-05-16", null, List.of())));
        assertThat(t.events()).hasSize(5);
        TimelineEvent copies = t.events().stream().filter(e -> e.sources() == 2).findFirst().orElseThrow();
        assertThat(copies.reports()).extracting(EventReport::article).containsExactly("a", "b");
        assertThat(copies.independentSources()).as("copies of one story count once").isEqualTo(1);
        assertThat(copies.date()).isEmpty();
    }

    @Test
    void independentSourcesAreCountedAmongTheEventsOwnArticles() {
        var c = article("c", "2025-05-17", 2, 1);
        var d = article("d", "2025-05-17", 3, 2);
        var e = article("e", "2025-05-18", 3, 4);
        var f = article("f", "2025-05-18", 5, 1);
        // Elsewhere in the store owner 1 printed a copy of owner 2's story; that does not make c and d one source.
        TimelineEvent one = MERGER.merge(List.of(round(c, "2025-05-16", "Istanbul"), round(d, "2025-05-16",
                "Istanbul"))).events().get(0);
        assertThat(one.independentSources()).isEqualTo(2);
        TimelineEvent all = MERGER.merge(List.of(round(c, "2025-05-16", "Istanbul"), round(d, "2025-05-16",
                "Istanbul"), round(e, "2025-05-16", "Istanbul"), round(f, "2025-05-16", "Istanbul"))).events().get(0);
        assertThat(all.sources()).isEqualTo(4);
        assertThat(all.independentSources()).as("e copies d, f has c's owner").isEqualTo(2);
    }

    @Test
    void theSameReportsInAnyOrderGiveTheSameTimelineAndIds() {
        var a = article("a", "2025-05-17");
        var b = article("b", null);
        var c = article("c", "2025-06-03");
        List<Merger.Report> reports = new ArrayList<>(List.of(round(a, "2025-05-16", "Istanbul", RU, UA),
                round(b, "XXXX-05-16", null), round(c, "2025-06-02", "Istanbul", RU, UA), round(b, null, null),
                round(c, null, null), report(c, EventType.PRISONER_EXCHANGE, EventStatus.PLANNED, "2025-06", null,
                        prisoners(1200))));
        Timeline first = MERGER.merge(reports);
        Collections.reverse(reports);
        Timeline again = MERGER.merge(reports);
        assertThat(again).isEqualTo(first);
        assertThat(first.events()).extracting(TimelineEvent::id).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("[0-9a-f]{16}"));
        assertThat(first.events()).extracting(e -> e.date().orElse("-"))
                .containsExactly("2025-05-16", "2025-06", "2025-06-02", "-", "-");
        assertThat(first.datings()).singleElement().satisfies(d -> assertThat(d.article()).isEqualTo("b"));
    }

    @Test
    void dateValuesAreReadAtTheirPrecision() {
        assertThat(When.of("2025-05-16").orElseThrow().fits(When.of("2025-05").orElseThrow())).isTrue();
        assertThat(When.of("2025-05-16").orElseThrow().fits(When.of("2024").orElseThrow())).isFalse();
        assertThat(When.of("XXXX-05-16").orElseThrow().fits(When.of("2024-05-16").orElseThrow())).isTrue();
        assertThat(When.of("XXXX-05").orElseThrow().fits(When.of("2024-05").orElseThrow())).isFalse();
        assertThat(When.of("2025-Q2").orElseThrow().year()).isEqualTo(2025);
        assertThat(When.of("2025-02-30")).isEmpty();
        assertThat(When.of("XXXX")).isEmpty();
        assertThat(When.of("2025-05").orElseThrow().end()).contains(LocalDate.of(2025, 5, 31));
        // A week inside one month is that month (7-13 March 2022); one across two months, its year.
        assertThat(When.of("2022-W10").orElseThrow().calendar()).contains("2022-03");
        assertThat(When.of("2022-W10").orElseThrow().fits(When.of("2022-03-10").orElseThrow())).isTrue();
        assertThat(When.of("2022-W09").orElseThrow().calendar()).contains("2022");
        assertThat(When.of("2025-W01").orElseThrow().calendar()).contains("2025");
        assertThat(When.of("2022-W54")).isEmpty();
        assertThat(When.of("XXXX-05-16").orElseThrow().calendar()).isEmpty();
    }

    @Test
    void aPlannedMeetingThisWeekTakesItsMonthAndMeetsTheDayItWasHeld() {
        var a = article("a", "2022-03-07");
        var b = article("b", "2022-03-10");
        TimelineEvent e = MERGER.merge(List.of(report(a, EventType.MEETING, EventStatus.PLANNED, "2022-W10", "Turkey",
                List.of(), RU, UA), report(b, EventType.MEETING, EventStatus.HAPPENED, "2022-03-10", "Antalya", List.of(),
                RU, UA))).events().get(0);
        assertThat(e.sources()).isEqualTo(2);
        assertThat(e.date()).contains("2022-03-10");
        assertThat(e.place()).contains("Antalya");
        assertThat(MERGER.merge(List.of(report(a, EventType.MEETING, EventStatus.PLANNED, "2022-W10", "Turkey",
                List.of(), RU, UA))).events().get(0).date()).as("alone, the week's month").contains("2022-03");
    }
}
