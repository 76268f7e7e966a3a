package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.server.ApiTest.enc;
import static org.parley.server.ApiTest.error;
import static org.parley.server.ApiTest.items;
import static org.parley.server.ApiTest.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /api/timeline}, {@code /api/events} and {@code /api/events/{id}} over the example store's timeline. */
class TimelineApiTest {

    @BeforeAll
    static void start() {
        ApiTest.server = Fixture.server();
    }

    static List<JsonNode> all() {
        JsonNode page = ok("/api/events?limit=500");
        assertThat(page.get("total").asInt()).isEqualTo(page.get("items").size());
        return items(page);
    }

    static JsonNode hostileEvent() {
        List<JsonNode> found = items(ok("/api/events?place=" + enc(Fixture.HOSTILE_PLACE)));
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    static List<String> parties(JsonNode event) {
        List<String> ids = new ArrayList<>();
        event.get("parties").forEach(a -> ids.add(a.get("id").asText()));
        event.get("mediators").forEach(a -> ids.add(a.get("id").asText()));
        return ids;
    }

    @Test
    void eventsComeInDateOrderUndatedLastEachWithItsReportsAndSources() {
        List<JsonNode> events = all();
        // The corpus reports several events; the hostile article one more.
        assertThat(events).hasSizeGreaterThan(3);
        List<String> dated = events.stream().filter(e -> !e.get("date").isNull()).map(e -> e.get("date").asText())
                .toList();
        assertThat(dated).isSorted();
        int firstUndated = (int) events.stream().takeWhile(e -> !e.get("date").isNull()).count();
        assertThat(events.subList(firstUndated, events.size())).allSatisfy(e -> assertThat(e.get("date").isNull())
                .isTrue());
        assertThat(events).allSatisfy(e -> {
            assertThat(e.get("reports").size()).isPositive();
            assertThat(e.get("sources").asInt()).isBetween(1, e.get("reports").size());
            assertThat(e.get("independentSources").asInt()).isBetween(1, e.get("sources").asInt());
        });
        // Some events are reported by more than one article.
        assertThat(events).anySatisfy(e -> assertThat(e.get("sources").asInt()).isGreaterThan(1));
    }

    @Test
    void everyReportsEvidenceIsASpanOfItsArticle() {
        JsonNode event = all().stream().max(Comparator.comparingInt(e -> e.get("reports").size())).orElseThrow();
        for (JsonNode r : event.get("reports")) {
            String text = ok("/api/articles/" + r.get("article").asText()).get("text").asText();
            assertThat(r.get("evidence").size()).isPositive();
            r.get("evidence").forEach(s -> {
                assertThat(s.get("start").asInt()).isBetween(0, s.get("end").asInt());
                assertThat(s.get("end").asInt()).isLessThanOrEqualTo(text.length());
            });
        }
        JsonNode first = event.get("reports").get(0);
        assertThat(event.get("firstReport").asText()).isEqualTo(first.get("article").asText());
    }

    @Test
    void pagesAddUpToTheTotal() {
        List<JsonNode> events = all();
        JsonNode second = ok("/api/events?limit=2&offset=2");
        assertThat(second.get("total").asInt()).isEqualTo(events.size());
        assertThat(items(second)).extracting(e -> e.get("id").asText()).containsExactly(
                events.get(2).get("id").asText(), events.get(3).get("id").asText());
        assertThat(items(ok("/api/events?offset=100000"))).isEmpty();
    }

    @Test
    void filtersSelectByTypeActorPlaceAndOverlappingDates() {
        List<JsonNode> events = all();
        String type = events.get(0).get("type").asText();
        JsonNode byType = ok("/api/events?limit=500&type=" + type.toLowerCase(java.util.Locale.ROOT));
        assertThat(items(byType)).isNotEmpty().allSatisfy(e -> assertThat(e.get("type").asText()).isEqualTo(type));
        assertThat(byType.get("total").asLong()).isEqualTo(events.stream().filter(e -> e.get("type").asText()
                .equals(type)).count());

        JsonNode withActor = events.stream().filter(e -> !parties(e).isEmpty()).findFirst().orElseThrow();
        String actor = parties(withActor).get(0);
        List<JsonNode> byActor = items(ok("/api/events?limit=500&actor=" + enc(actor)));
        assertThat(byActor).extracting(e -> e.get("id").asText()).contains(withActor.get("id").asText());
        assertThat(byActor).allSatisfy(e -> assertThat(parties(e)).contains(actor));

        JsonNode hostile = hostileEvent();
        assertThat(hostile.get("place").asText()).isEqualTo(Fixture.HOSTILE_PLACE);
        assertThat(hostile.get("reports").get(0).get("title").asText()).isEqualTo(Fixture.HOSTILE_TITLE);
        assertThat(parties(hostile)).containsExactly(Fixture.HOSTILE_ACTOR);

        LocalDate from = LocalDate.of(2025, 5, 1);
        LocalDate to = LocalDate.of(2025, 5, 31);
        List<JsonNode> may = items(ok("/api/events?limit=500&from=" + from + "&to=" + to));
        assertThat(may).isNotEmpty().allSatisfy(e -> {
            String d = e.get("date").asText();
            assertThat(TimelineView.last(e.get("until").isNull() ? d : e.get("until").asText())).isAfterOrEqualTo(
                    from);
            assertThat(TimelineView.first(d)).isBeforeOrEqualTo(to);
        });
        assertThat(may.size()).isLessThan(events.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"' OR '1'='1", "x'); DROP TABLE timeline; --", "%", "_", "\\"})
    void sqlLookingFiltersAreData(String value) {
        int before = all().size();
        for (String p : List.of("actor", "place")) {
            JsonNode page = ok("/api/events?" + p + "=" + enc(value));
            assertThat(page.get("total").asInt()).as(p + "=" + value).isZero();
        }
        assertThat(all()).hasSize(before);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/events?from=2025-13-01|from",
        "/api/events?to=yesterday|to",
        "/api/timeline?from=2025-02-30|from",
        "/api/events?type=coup|type",
        "/api/timeline?type=%3Cscript%3E|type",
        "/api/timeline?zoom=week|zoom",
        "/api/events?from=2025-06-01&to=2025-05-01|from",
        "/api/events?limit=0|limit",
        "/api/timeline?offset=-1|offset"})
    void malformedParametersAreA400ThatNamesThem(String path, String parameter) {
        assertThat(error(path, 400).get("message").asText()).contains("'" + parameter + "'");
    }

    @Test
    void oneEventByIdOrUniquePrefix() {
        JsonNode hostile = hostileEvent();
        String id = hostile.get("id").asText();
        assertThat(ok("/api/events/" + id)).isEqualTo(hostile);
        assertThat(ok("/api/events/" + id.substring(0, 8)).get("id").asText()).isEqualTo(id);
        assertThat(error("/api/events/zz-no-such-event", 404).get("message").asText()).contains("zz-no-such-event");
        assertThat(error("/api/events/" + enc("<script>"), 400).get("message").asText()).contains("event id");
    }

    @Test
    void theTimelineCountsEveryMatchingEventPerPeriodAtTheZoom() {
        int total = all().size();
        JsonNode years = ok("/api/timeline?limit=3");
        assertThat(years.get("zoom").asText()).isEqualTo("year");
        assertThat(years.get("total").asInt()).isEqualTo(total);
        assertThat(years.get("items").size()).isEqualTo(Math.min(3, total));
        List<JsonNode> periods = new ArrayList<>();
        years.get("periods").forEach(periods::add);
        assertThat(periods.stream().mapToInt(p -> p.get("events").asInt()).sum()).isEqualTo(total);
        assertThat(periods).allSatisfy(p -> assertThat(p.get("period").asText()).matches("\\d{4}|undated"));

        JsonNode months = ok("/api/timeline?zoom=month&from=2025-01-01&to=2025-12-31");
        List<JsonNode> monthPeriods = new ArrayList<>();
        months.get("periods").forEach(monthPeriods::add);
        assertThat(monthPeriods).isNotEmpty().allSatisfy(p -> assertThat(p.get("period").asText())
                .matches("2025(-\\d{2})?"));
        assertThat(monthPeriods.stream().mapToInt(p -> p.get("events").asInt()).sum())
                .isEqualTo(months.get("total").asInt());
        // Without a zoom, a month's range is counted by day.
        assertThat(ok("/api/timeline?from=2025-05-01&to=2025-05-31").get("zoom").asText()).isEqualTo("day");
    }
}
