package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Problem;
import org.parley.model.PublishedFrom;

class DatesTest {

    private static final String BODY = Fixtures.BODY;

    private static Dates.Found resolve(String text, List<Dates.Hint> hints, Optional<Instant> fetched) {
        return Dates.resolve(text, hints, fetched, "in");
    }

    private static List<String> codes(Dates.Found f) {
        return f.problems().stream().map(Problem::code).toList();
    }

    @Test
    void parsesCommonMetadataForms() {
        LocalDate may16 = LocalDate.of(2025, 5, 16);
        for (String v : List.of("2025-05-16", "2025-05-16T10:30:00+03:00", "2025-05-16T23:30:00.000Z",
                "2025-05-16 10:30", "Fri, 16 May 2025 10:30:00 +0300", "Fri, 16 May 2025 10:30:00 GMT", "16 May 2025",
                "May 16, 2025", "Friday, May 16, 2025 at 10:30", "16.05.2025", "20250516")) {
            assertThat(Dates.parse(v)).as(v).contains(may16);
        }
        // the date as the publisher wrote it, not moved to UTC
        assertThat(Dates.parse("2025-05-16T01:00:00+03:00")).contains(may16);
        for (String v : List.of("05/16/2025", "May 2025", "2025-02-30", "yesterday", "On May 16, 2025 the talks began",
                "not a date")) {
            assertThat(Dates.parse(v)).as(v).isEmpty();
        }
    }

    @Test
    void impossibleDatesInMetadataGiveNoDateAndAProblemNamingTheValue() {
        List<String> impossible = List.of("2023-02-30", "9999-01-01", "0001-01-01T00:00:00Z", "2025-13-01",
                "31.04.2024", "February 30, 2023", "30 February 2023", "20230230", "1066-10-14");
        for (String v : impossible) {
            assertThat(Dates.parse(v)).as(v).isEmpty();
            Dates.Found f = Dates.resolve(BODY, List.of(new Dates.Hint(v, "the 'published' field")), Optional.empty(),
                    "in.jsonl#line=1");
            assertThat(f.date()).as(v).isEmpty();
            assertThat(f.problems()).as(v).filteredOn(p -> p.code().equals("date.impossible")).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("'" + v + "'").contains("'published'"));
        }
        assertThat(Dates.impossible("2023-02-30")).hasValue("does not exist (February 2023 has no day 30)");
        assertThat(Dates.impossible("9999-01-01")).hasValue("has the year 9999, outside 1900-2100");
        assertThat(Dates.impossible("2024-02-29")).isEmpty(); // a leap day exists
        assertThat(Dates.impossible("sometime in May")).isEmpty(); // not date-shaped: malformed, not impossible
        assertThat(Dates.plausible(Instant.parse("9999-12-31T00:00:00Z"))).isFalse();
        assertThat(Dates.plausible(Instant.parse("2025-05-17T06:00:00Z"))).isTrue();
    }

    @Test
    void metadataWinsAndMalformedMetadataFallsThrough() {
        Dates.Found f = resolve("ISTANBUL, May 17, 2025 (Agency) — " + BODY,
                List.of(new Dates.Hint("sometime in May", "meta x"), new Dates.Hint("2025-05-16", "meta y")),
                Optional.empty());
        assertThat(f.date()).contains(LocalDate.of(2025, 5, 16));
        assertThat(f.from()).isEqualTo(PublishedFrom.METADATA);
        assertThat(codes(f)).containsExactly("date.malformed");
        assertThat(f.problems().get(0).message()).contains("sometime in May").contains("meta x");

        Dates.Found g = resolve("ISTANBUL, May 17, 2025 (Agency) — " + BODY, List.of(new Dates.Hint("garbage", "m")),
                Optional.empty());
        assertThat(g.date()).contains(LocalDate.of(2025, 5, 17));
        assertThat(g.from()).isEqualTo(PublishedFrom.DATELINE);
    }

    @Test
    void datelineYearFromTheFetchTimeIsTheLatestNotAfterIt() {
        String text = "ISTANBUL, May 16. /Agency/. " + BODY;
        Dates.Found f = resolve(text, List.of(), Optional.of(Instant.parse("2025-05-17T08:00:00Z")));
        assertThat(f.date()).contains(LocalDate.of(2025, 5, 16));
        assertThat(f.from()).as("the year's source is named").isEqualTo(PublishedFrom.DATELINE_FETCH_YEAR);
        assertThat(f.from().label()).isEqualTo("dateline-fetch-year");
        assertThat(codes(f)).containsExactly("date.year-inferred");
        assertThat(f.problems().get(0).message()).contains("ISTANBUL, May 16").contains("2025-05-17");

        Dates.Found wrap = resolve("KYIV, 30 December (Agency) - " + BODY, List.of(),
                Optional.of(Instant.parse("2026-01-03T00:00:00Z")));
        assertThat(wrap.date()).contains(LocalDate.of(2025, 12, 30));
    }

    @Test
    void theSameDayWrittenWithAYearInTheBodyIsNoAnchor() {
        // An anniversary story: the dateline is years after the date it recalls.
        String text = "KYIV, February 24. /Agency/. " + P("Since February 24, 2022, the delegations have met in "
                + "Belarus and in Istanbul; the talks stopped that spring.");
        Dates.Found f = resolve(text, List.of(), Optional.empty());
        assertThat(f.date()).isEmpty();
        assertThat(codes(f)).containsExactly("date.dateline-no-year");
        assertThat(f.problems().get(0).message()).contains("only bound it from below");
    }

    @Test
    void datelineWithoutAnchorIsEmptyWithReason() {
        Dates.Found f = resolve("ISTANBUL, June 2. /Agency/. " + BODY, List.of(), Optional.empty());
        assertThat(f.date()).isEmpty();
        assertThat(f.from()).isEqualTo(PublishedFrom.NONE);
        assertThat(codes(f)).containsExactly("date.dateline-no-year");
        assertThat(f.problems().get(0).message()).contains("ISTANBUL, June 2").contains("2022");
    }

    @Test
    void theDatelineNamesItsAgencyOrOutlet() {
        assertThat(Dates.datelineAgency("ASTANA, July 4. /Example Agency/. " + BODY)).contains("Example Agency");
        assertThat(Dates.datelineAgency("KYIV, Feb. 27, 2022 (Northwind Gazette) — " + BODY))
                .contains("Northwind Gazette");
        assertThat(Dates.datelineAgency("ISTANBUL, June 2 — " + BODY)).isEmpty();
        assertThat(Dates.datelineAgency("The talks (in Istanbul) went on. " + BODY)).isEmpty();
    }

    @Test
    void labelledDateInOpeningLinesButNotEventDatesInTheBody() {
        Dates.Found f = resolve("By Jane Doe\nPublished: 16 May 2025, 14:05\n\n" + BODY, List.of(), Optional.empty());
        assertThat(f.date()).contains(LocalDate.of(2025, 5, 16));
        assertThat(f.from()).isEqualTo(PublishedFrom.TEXT);

        Dates.Found events = resolve("On May 16, 2025 the delegations met in Istanbul.\n\n" + BODY
                + "\n\nThe next round was held on 2 June 2025.", List.of(), Optional.empty());
        assertThat(events.date()).isEmpty();
        assertThat(codes(events)).containsExactly("date.not-found");
    }

    @Test
    void relativeDatesNeedAnAnchor() {
        String text = "3 hours ago\n\n" + BODY;
        Dates.Found f = resolve(text, List.of(), Optional.of(Instant.parse("2025-05-16T02:00:00Z")));
        assertThat(f.date()).contains(LocalDate.of(2025, 5, 15));
        assertThat(f.from()).isEqualTo(PublishedFrom.RELATIVE);
        assertThat(resolve("Yesterday\n\n" + BODY, List.of(), Optional.of(Instant.parse("2025-05-17T12:00:00Z")))
                .date()).contains(LocalDate.of(2025, 5, 16));

        Dates.Found none = resolve(text, List.of(), Optional.empty());
        assertThat(none.date()).isEmpty();
        assertThat(codes(none)).containsExactly("date.relative-no-anchor", "date.not-found");
    }

    private static String P(String s) {
        return s + "\n\n" + BODY;
    }
}
