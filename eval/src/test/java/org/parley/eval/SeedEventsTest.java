package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.analysis.Analysis;
import org.parley.ingest.Ingest;
import org.parley.ingest.IngestResult;
import org.parley.model.Document;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.Events;
import org.parley.pipeline.Pipeline;
import org.parley.testing.Shared;

/**
 * The negotiation events the five seed articles report, as we read them: type, date as the article gives it
 * (three seeds have no publication date, so a date without a year stays XXXX-MM-DD; a year-less expectation
 * matches any year) and words of the sentence that reports it. The seeds are read through ingest, as
 * {@code parley ingest} reads them, and analysed by the default pipeline. At least 80% must be found with the
 * right type and date.
 */
class SeedEventsTest {

    /** An event we expect: {@code date} null for an event the sentence gives no date. */
    record Expected(String seed, EventType type, String date, String words) {
    }

    static final List<Expected> EXPECTED = List.of(
            // 000: the last round in Turkey, Kyiv's refusal of contacts in October, the process stopped.
            new Expected("000", EventType.TALKS_ROUND, "2022-03-29", "last face-to-face round"),
            new Expected("000", EventType.BREAKDOWN, "2022-10", "renounced contacts"),
            new Expected("000", EventType.BREAKDOWN, null, "negotiation process was stopped"),
            // 001: talks blocked, Zelensky's refusal in September, China's call, Istanbul 2022, Minsk.
            // (The headline "... blocked negotiations ..." becomes the title; the text says it again.)
            new Expected("001", EventType.BREAKDOWN, null, "blocked talks"),
            new Expected("001", EventType.BREAKDOWN, "2022-09", "refused to negotiate"),
            new Expected("001", EventType.CEASEFIRE, null, "called on Russia and Ukraine to cease fire"),
            new Expected("001", EventType.TALKS_ROUND, "2022-03", "Dolmabahce Palace"),
            new Expected("001", EventType.AGREEMENT, "2015", "agreements signed in 2015"),
            // 002: the 2025 Istanbul round and what followed it; the Belarus rounds of 2022; Minsk.
            new Expected("002", EventType.PRISONER_EXCHANGE, "XXXX-06-09", "exchanged prisoners of war"),
            new Expected("002", EventType.PRISONER_EXCHANGE, "XXXX-06-10", "returned a second group"),
            new Expected("002", EventType.MEETING, "XXXX-06-10", "received Maxim Ryzhenkov"),
            new Expected("002", EventType.TALKS_ROUND, "XXXX-06-02", "the next round was held on June 2"),
            new Expected("002", EventType.TALKS_ROUND, "2025-06-02", "second round of Russian-Ukrainian negotiations"),
            new Expected("002", EventType.TALKS_ROUND, "XXXX-02-28", "delegations met in the Gomel region"),
            new Expected("002", EventType.PROPOSAL, "XXXX-02-28", "four demands"),
            new Expected("002", EventType.TALKS_ROUND, "XXXX-03-03", "second and third rounds"),
            new Expected("002", EventType.TALKS_ROUND, "XXXX-03-07", "second and third rounds"),
            new Expected("002", EventType.TALKS_ROUND, null, "continued in Istanbul"),
            new Expected("002", EventType.AGREEMENT, "2014", "Minsk Agreements were signed"),
            new Expected("002", EventType.PRISONER_EXCHANGE, null, "exchange prisoners of war up to 25"),
            new Expected("002", EventType.REPATRIATION, null, "transfer the bodies"),
            new Expected("002", EventType.MEMORANDUM, null, "exchanged memoranda"),
            new Expected("002", EventType.CEASEFIRE, null, "30-day truce"),
            new Expected("002", EventType.TALKS_ROUND, "XXXX-06-20", "next meeting in the period"),
            // 003: the first round in Belarus, the talks in Turkey on March 29, the draft, talks stopped.
            new Expected("003", EventType.TALKS_ROUND, null, "first round of talks"),
            new Expected("003", EventType.TALKS_ROUND, "XXXX-03-29", "face-to-face talks in Turkey"),
            new Expected("003", EventType.MEMORANDUM, null, "draft peace agreement"),
            new Expected("003", EventType.BREAKDOWN, null, "negotiations had been stopped"),
            new Expected("003", EventType.CEASEFIRE, null, "possibilities of a ceasefire"),
            new Expected("003", EventType.MEETING, null, "meeting of two leaders"),
            // 004: Belarus in March 2022, Istanbul on March 29, 2022, the refusals, Orban's ceasefire proposal.
            new Expected("004", EventType.TALKS_ROUND, "2022-03", "met in Belarus"),
            new Expected("004", EventType.TALKS_ROUND, "2022-03-29", "next round took place in Istanbul"),
            new Expected("004", EventType.BREAKDOWN, null, "It was Ukraine that rejected negotiations"),
            new Expected("004", EventType.BREAKDOWN, null, "negotiating process was interrupted"),
            new Expected("004", EventType.CEASEFIRE, null, "ceasefire initiatives"));

    static final Map<String, Document> ANALYSED = new HashMap<>();

    @BeforeAll
    static void analyse() {
        Pipeline pipeline = Analysis.pipeline();
        Ingest ingest = Ingest.builder().build();
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            try (var results = ingest.read(Shared.seed(seed).toString())) {
                IngestResult r = results.findFirst().orElseThrow();
                assertThat(r).isInstanceOf(IngestResult.Accepted.class);
                ANALYSED.put(seed, pipeline.run(((IngestResult.Accepted) r).article()));
            }
        }
    }

    static List<Event> events(String seed) {
        return ANALYSED.get(seed).get(Events.class).items();
    }

    static boolean sameDate(String expected, Event e) {
        String found = e.date().map(EventDate::value).orElse(null);
        if (expected == null || found == null) {
            return expected == found;
        }
        return EventsEval.sameDate(expected, found);
    }

    static boolean reports(Document d, Event e, String words) {
        return e.evidence().stream().anyMatch(s -> s.of(d.text()).contains(words));
    }

    @Test
    void mostOfTheSeedsEventsAreFoundWithTheirTypeAndDate() {
        List<String> missed = new ArrayList<>();
        for (Expected x : EXPECTED) {
            Document d = ANALYSED.get(x.seed());
            boolean found = events(x.seed()).stream().anyMatch(e -> e.type() == x.type() && reports(d, e, x.words())
                    && sameDate(x.date(), e));
            if (!found) {
                missed.add(x.seed() + " " + x.type() + " " + x.date() + " '" + x.words() + "'");
            }
        }
        double ratio = 1.0 - (double) missed.size() / EXPECTED.size();
        System.out.printf("seed events: %d of %d found with type and date (%.0f%%); missed: %s%n",
                EXPECTED.size() - missed.size(), EXPECTED.size(), 100 * ratio, missed);
        assertThat(ratio).as("found with type and date; missed: %s", missed).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void statusesOfRefusalsAndProposals() {
        Document d4 = ANALYSED.get("004");
        assertThat(events("004")).anyMatch(e -> e.type() == EventType.BREAKDOWN && e.status() == EventStatus.DENIED
                && reports(d4, e, "never rejected peace talks"));
        Document d2 = ANALYSED.get("002");
        assertThat(events("002")).anyMatch(e -> e.type() == EventType.TALKS_ROUND
                && e.status() == EventStatus.PROPOSED && e.date().flatMap(EventDate::until).isPresent()
                && reports(d2, e, "next meeting in the period"));
        assertThat(events("002")).anyMatch(e -> e.type() == EventType.CEASEFIRE && e.detail().orElse("").equals("call")
                && reports(d2, e, "30-day truce"));
    }

    @Test
    void numbersPlacesAndMediators() {
        Document d2 = ANALYSED.get("002");
        assertThat(events("002")).anyMatch(e -> e.type() == EventType.REPATRIATION
                && e.quantities().stream().anyMatch(q -> q.what().equals("bodies") && q.value() == 6000));
        assertThat(events("002")).anyMatch(e -> e.type() == EventType.PRISONER_EXCHANGE
                && e.mediators().contains("Q184") && reports(d2, e, "Belarus provided mediation"));
        assertThat(events("001")).anyMatch(e -> e.type() == EventType.TALKS_ROUND
                && e.place().map(p -> p.name().equals("Istanbul")).orElse(false));
        assertThat(events("002")).filteredOn(e -> e.type() == EventType.TALKS_ROUND
                && e.date().map(EventDate::value).orElse("").endsWith("-03-07"))
                .allMatch(e -> e.place().map(p -> p.name().equals("Belovezhskaya Pushcha")).orElse(false));
    }
}
