package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.EventReport;
import org.parley.model.EventType;
import org.parley.model.TimelineEvent;
import org.parley.store.Store;
import org.parley.store.StoreConfig;
import org.parley.store.TimelineQuery;
import org.parley.testing.Shared;

/**
 * The five seed articles ingested together, as {@code parley ingest} does (read, analysed by the default pipeline,
 * stored, then the timeline stage): the negotiation events they tell of, as we read them, must be on the timeline
 * with the dates the seeds give. Two seeds are dated (000, 001); three are not, so their dates without a year stay
 * year-less on their reports and give the merged event no calendar date unless a dated report does.
 */
class SeedTimelineTest {

    @TempDir
    static Path dir;
    static List<TimelineEvent> timeline;
    static Map<String, String> seedOf = new HashMap<>();

    /**
     * One event we expect: its type, the date on the timeline ({@code date}) or, for a year-less one, the date of
     * one of its reports ({@code reported}), and from which seeds (at least) it is reported.
     */
    record Expected(String what, EventType type, String date, String reported, List<String> seeds) {
        boolean matches(TimelineEvent e) {
            return e.type() == type && (date == null || e.date().equals(Optional.of(date)))
                    && (reported == null || e.reports().stream().anyMatch(r -> r.date().equals(Optional.of(reported))))
                    && e.reports().stream().map(r -> seedOf.get(r.article())).toList().containsAll(seeds);
        }
    }

    static final List<Expected> EXPECTED = List.of(
            // 001 tells of it as "the end of March 2022" in Istanbul while others say Turkey: the place table joins them.
            new Expected("the Istanbul round of 29 March 2022", EventType.TALKS_ROUND, "2022-03-29", null,
                    List.of("000", "001", "003", "004")),
            new Expected("the talks in Belarus in March 2022", EventType.TALKS_ROUND, "2022-03", null, List.of("004")),
            new Expected("the first round, in the Gomel region on 28 February", EventType.TALKS_ROUND, null,
                    "XXXX-02-28", List.of("002")),
            new Expected("the second Belarus round, 3 March", EventType.TALKS_ROUND, null, "XXXX-03-03",
                    List.of("002")),
            new Expected("the third Belarus round, 7 March", EventType.TALKS_ROUND, null, "XXXX-03-07", List.of("002")),
            new Expected("the Istanbul round of 2 June 2025", EventType.TALKS_ROUND, "2025-06-02", null,
                    List.of("002")),
            new Expected("the exchange of prisoners of war on 9 June", EventType.PRISONER_EXCHANGE, null, "XXXX-06-09",
                    List.of("002")),
            new Expected("the second group returned on 10 June", EventType.PRISONER_EXCHANGE, null, "XXXX-06-10",
                    List.of("002")),
            new Expected("the memoranda exchanged in Istanbul", EventType.MEMORANDUM, null, null, List.of("002")),
            new Expected("the agreed return of bodies", EventType.REPATRIATION, null, null, List.of("002")),
            new Expected("Kyiv's refusal to talk with Putin, September 2022", EventType.BREAKDOWN, "2022-09", null,
                    List.of("001")),
            new Expected("Kyiv renouncing contacts, October 2022", EventType.BREAKDOWN, "2022-10", null,
                    List.of("000")),
            new Expected("China's call to cease fire", EventType.CEASEFIRE, null, null, List.of("001")),
            new Expected("the call for a 30-day truce", EventType.CEASEFIRE, null, null, List.of("002")),
            new Expected("the ceasefire initiatives Kyiv turned down", EventType.CEASEFIRE, null, null,
                    List.of("004")),
            new Expected("the negotiations stopped", EventType.BREAKDOWN, null, null, List.of("003")),
            new Expected("Ukraine rejecting negotiations, as Moscow tells it", EventType.BREAKDOWN, null, null,
                    List.of("004")),
            new Expected("the Minsk agreements of 2015", EventType.AGREEMENT, "2015", null, List.of("001")));

    @BeforeAll
    static void ingestTheSeeds() {
        Path db = dir.resolve("seeds.duckdb");
        List<String> args = new ArrayList<>(List.of("ingest", "--db", db.toString(), "--no-progress"));
        Shared.seeds().forEach(p -> args.add(p.toString()));
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("timeline: ");
        try (Store store = Store.open(StoreConfig.duckdb(db).withAccess(StoreConfig.Access.READ_ONLY))) {
            store.list(10, 0).forEach(s -> seedOf.put(s.id(),
                    Path.of(s.source()).getFileName().toString().substring(0, 3)));
            timeline = store.timeline(TimelineQuery.ALL, 10_000, 0);
        }
    }

    @Test
    void theSeedsEventsAreOnTheTimelineWithTheirDates() {
        List<String> missed = EXPECTED.stream().filter(x -> timeline.stream().noneMatch(x::matches))
                .map(Expected::what).toList();
        System.out.printf("seed timeline: %d of %d listed events found; missed: %s%n",
                EXPECTED.size() - missed.size(), EXPECTED.size(), missed);
        assertThat(missed).isEmpty();
    }

    @Test
    void eventsReportedByTwoSeedsAreOneEvent() {
        Predicate<TimelineEvent> severalSeeds = e -> e.reports().stream().map(EventReport::article).distinct()
                .count() > 1;
        List<TimelineEvent> merged = timeline.stream().filter(severalSeeds).toList();
        System.out.printf("seed timeline: %d events from %d reports, %d reported by several seeds: %s%n",
                timeline.size(), timeline.stream().mapToInt(e -> e.reports().size()).sum(), merged.size(),
                merged.stream().map(e -> e.type() + " " + e.date().orElse("-") + " (" + e.sources() + ")").toList());
        TimelineEvent istanbul = timeline.stream().filter(EXPECTED.get(0)::matches).findFirst().orElseThrow();
        assertThat(istanbul.sources()).isGreaterThanOrEqualTo(4);
        assertThat(istanbul.independentSources()).isEqualTo(istanbul.sources());
        assertThat(istanbul.firstReport().map(seedOf::get)).as("the earliest dated seed").contains("000");
        // The Istanbul round is on the timeline once, not once per seed.
        assertThat(timeline.stream().filter(e -> e.type() == EventType.TALKS_ROUND
                && e.date().equals(Optional.of("2022-03-29")))).hasSize(1);
    }
}
