package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.server.PagesTest.assertNoInjectedMarkup;
import static org.parley.server.PagesTest.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The timeline, event and reader pages over the stored timeline: what they show, and that all of it is text. */
class TimelinePagesTest {

    static final String ESCAPED_PLACE = "Geneva &lt;script&gt;alert(5)&lt;/script&gt;";

    @BeforeAll
    static void start() {
        PagesTest.server = Fixture.server();
        ApiTest.server = PagesTest.server;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theTimelineListsEventsWithCountsPerPeriodAndZoomLinks() {
        JsonNode api = ApiTest.ok("/api/timeline?limit=100");
        String html = page("/timeline");
        assertThat(html).contains("<h1>Timeline</h1>", "<ol class=\"periods\">", "<meter",
                api.get("items").size() + " of " + api.get("total").asInt() + " events",
                "aria-current=\"true\" id=\"zoom-year\"", "<label for=\"f-actor\">", "<label for=\"f-type\">",
                "<label for=\"f-place\">");
        // Every listed event links to its page; each period zooms in to its months.
        api.get("items").forEach(e -> assertThat(html).contains("href=\"/events/" + e.get("id").asText() + "\""));
        api.get("periods").forEach(p -> {
            if (!"undated".equals(p.get("period").asText())) {
                assertThat(html).contains("data-period=\"" + p.get("period").asText() + "\"");
            }
        });
        assertThat(html).contains(ESCAPED_PLACE, "zoom=month").doesNotContain("<script>alert(5)");
        assertNoInjectedMarkup(html);
    }

    @Test
    void filtersAreKeptInTheFormAndHostileValuesAreEchoedAsText() {
        String html = page("/timeline?type=talks_round&from=2025-05-01&to=2025-05-31&actor="
                + enc(Fixture.HOSTILE_ACTOR));
        assertThat(html).contains("<option value=\"talks_round\" selected>", "value=\"2025-05-01\"",
                "aria-current=\"true\" id=\"zoom-day\"", "id=\"zoom-out\"", ESCAPED_PLACE,
                "1 of 1 events");
        String odd = "\"><script>alert(8)</script>";
        String echoed = page("/timeline?place=" + enc(odd) + "&actor=" + enc(odd));
        assertThat(echoed).contains("0 of 0 events", "&quot;&gt;&lt;script&gt;alert(8)&lt;/script&gt;")
                .doesNotContain("<script>alert(8)");
        Fixture.Response bad = Fixture.get(PagesTest.server, "/timeline?type=" + enc("<b>coup</b>"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("role=\"alert\"", "&lt;b&gt;coup&lt;/b&gt;").doesNotContain("<b>coup");
    }

    @Test
    void anEventPageShowsReportsSourcesFirstReportAndLinksToTheEvidence() {
        JsonNode event = TimelineApiTest.hostileEvent();
        String html = page("/events/" + event.get("id").asText());
        int start = event.get("reports").get(0).get("evidence").get(0).get("start").asInt();
        assertThat(html).contains("<h1 id=\"event-title\">Talks round in " + ESCAPED_PLACE + ", 2025-05-16</h1>",
                "href=\"/articles/" + Fixture.HOSTILE_ID + "#events-" + start + "\"",
                "&lt;script&gt;alert(1)&lt;/script&gt; &quot;Peace&quot;",
                "&lt;i&gt;Hostile&lt;/i&gt; &quot;Outlet&quot; (1)",
                "href=\"/actors/" + Fixture.HOSTILE_ACTOR + "\">&lt;em&gt;Envoy&lt;/em&gt;",
                "<dd id=\"event-independent\">1</dd>", "None: the reports agree.",
                // The facts lead back to the timeline, filtered by them.
                "<a href=\"/timeline?place=" + enc(Fixture.HOSTILE_PLACE) + "\">" + ESCAPED_PLACE + "</a>",
                "<a href=\"/timeline?type=talks_round\">Talks round</a>");
        assertNoInjectedMarkup(html);
        assertThat(html).doesNotContain("<em>Envoy");
        Fixture.Response missing = Fixture.get(PagesTest.server, "/events/no-such-event");
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void anEventReportedByManyNamesEachReportAndItsDisagreements() {
        JsonNode many = null;
        for (JsonNode e : ApiTest.ok("/api/events?limit=500").get("items")) {
            if (many == null || e.get("reports").size() > many.get("reports").size()) {
                many = e;
            }
        }
        String html = page("/events/" + many.get("id").asText());
        for (JsonNode r : many.get("reports")) {
            assertThat(html).contains("href=\"/articles/" + r.get("article").asText() + "#events-"
                    + r.get("evidence").get(0).get("start").asInt() + "\"");
        }
        assertThat(html).contains("<dd id=\"event-sources\">" + many.get("sources").asInt() + " articles");
        for (JsonNode c : many.get("contradictions")) {
            assertThat(html).contains("<th scope=\"row\">" + c.get("field").asText() + "</th>");
        }
    }

    @Test
    void theReaderHighlightsEventEvidenceAndShowsNarratives() {
        String html = page("/articles/" + Fixture.HOSTILE_ID);
        int second = Fixture.HOSTILE_TEXT.indexOf("A second paragraph");
        assertThat(html).contains("id=\"events-" + second + "\"", "id=\"narratives-" + second + "\"", "hl-events", "data-layer=\"events\"",
                "<h2 id=\"layer-events-h\">Events</h2>", "<h2 id=\"layer-narratives-h\">Narratives</h2>",
                "&lt;i&gt;URW&lt;/i&gt;: &quot;Blame&quot; &amp; &lt;b&gt;shame&lt;/b&gt;", "0.87",
                "hl-narratives", ESCAPED_PLACE);
        assertThat(html).doesNotContain("<i>URW", "<b>shame", "<b>URW");
        // Each label leads to the narratives page, filtered to it.
        assertThat(html).contains("<a href=\"/narratives?label=" + enc(Fixture.HOSTILE_NARRATIVE) + "\">");
        // The pieces of that paragraph name the evidence they belong to.
        assertThat(html).contains("data-evidence=\"events-" + second + " narratives-" + second + "\"");
        assertNoInjectedMarkup(html);
    }

    @Test
    void beforeTheTimelineIsFilledThePagesSaySo() {
        org.parley.store.StoreConfig copy = Fixture.copy();
        try (org.parley.store.Store store = org.parley.store.Store.open(copy)) {
            store.replaceTimeline(org.parley.model.Timeline.EMPTY);
        }
        try (ParleyServer empty = ParleyServer.start(ServerConfig.of(copy).withPort(0))) {
            Fixture.Response page = Fixture.get(empty, "/timeline");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("No event is stored yet", "0 of 0 events");
            assertThat(Fixture.get(empty, "/timeline?type=meeting").body()).contains("No event matches these filters");
            JsonNode api = ApiTest.parse(Fixture.get(empty, "/api/timeline").body());
            assertThat(api.get("total").asInt()).isZero();
            assertThat(api.get("periods").size()).isZero();
            assertThat(Fixture.get(empty, "/api/events/abcd").status()).isEqualTo(404);
        }
    }
}
