package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every read endpoint of the API over the example corpus, with malformed and hostile parameters. */
class ApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static ParleyServer server;

    @BeforeAll
    static void start() {
        server = Fixture.server();
    }

    static JsonNode ok(String pathAndQuery) {
        Fixture.Response r = Fixture.get(server, pathAndQuery);
        assertThat(r.status()).as(pathAndQuery + " -> " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return parse(r.body());
    }

    static JsonNode error(String pathAndQuery, int status) {
        Fixture.Response r = Fixture.get(server, pathAndQuery);
        assertThat(r.status()).as(pathAndQuery + " -> " + r.body()).isEqualTo(status);
        JsonNode body = parse(r.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("error").asText()).isNotBlank();
        assertThat(body.get("message").asText()).isNotBlank();
        assertThat(body.size()).as("one error shape: status, error, message").isEqualTo(3);
        return body;
    }

    static JsonNode parse(String s) {
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            throw new UncheckedIOException(s, e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static List<JsonNode> items(JsonNode page) {
        List<JsonNode> out = new ArrayList<>();
        page.get("items").forEach(out::add);
        return out;
    }

    @Test
    void articlesAreListedNewestFirstWithATotalAndPages() {
        JsonNode all = ok("/api/articles?limit=500");
        assertThat(all.get("total").asInt()).isEqualTo(Fixture.ARTICLES).isEqualTo(all.get("items").size());
        List<String> dates = items(all).stream().filter(i -> !i.get("published").isNull())
                .map(i -> i.get("published").asText()).toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        JsonNode second = ok("/api/articles?limit=5&offset=5");
        assertThat(second.get("total").asInt()).isEqualTo(Fixture.ARTICLES);
        assertThat(items(second)).extracting(i -> i.get("id").asText())
                .containsExactlyElementsOf(items(all).subList(5, 10).stream().map(i -> i.get("id").asText()).toList());
        assertThat(items(all).get(0).get("layers").has("mentions") || items(all).get(1).get("layers").has("mentions"))
                .isTrue();
    }

    @Test
    void articlesFilterByOutletLanguageDatesAndWords() {
        String outlet = ok("/api/outlets").get("items").get(0).get("outlet").asText();
        JsonNode byOutlet = ok("/api/articles?outlet=" + enc(outlet));
        assertThat(byOutlet.get("total").asInt()).isPositive().isLessThan(Fixture.ARTICLES);
        items(byOutlet).forEach(i -> assertThat(i.get("outlet").asText()).isEqualTo(outlet));

        JsonNode uk = ok("/api/articles?language=uk");
        assertThat(uk.get("total").asInt()).isEqualTo(1);
        assertThat(items(uk).get(0).get("title").asText()).startsWith("Україна");

        JsonNode in2025 = ok("/api/articles?from=2025-01-01&to=2025-05-31&limit=500");
        assertThat(items(in2025)).isNotEmpty().allSatisfy(i -> assertThat(i.get("published").asText())
                .isBetween("2025-01-01", "2025-05-31"));

        JsonNode words = ok("/api/articles?q=" + enc("\"prisoner exchange\"") + "&from=2024-01-01");
        assertThat(items(words)).isNotEmpty().allSatisfy(i -> assertThat(i.get("published").asText())
                .isGreaterThanOrEqualTo("2024-01-01"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"' OR 1=1 --", "x'; DROP TABLE articles; --", "\" OR \"\"=\"", "%", "*"})
    void sqlLookingFiltersAreData(String value) {
        assertThat(ok("/api/articles?outlet=" + enc(value)).get("total").asInt()).isZero();
        // And the table is still there.
        assertThat(ok("/api/articles").get("total").asInt()).isEqualTo(Fixture.ARTICLES);
    }

    @Test
    void malformedParametersAreA400ThatSaysWhich() {
        assertThat(error("/api/articles?limit=abc", 400).get("message").asText()).contains("limit", "abc");
        assertThat(error("/api/articles?limit=0", 400).get("message").asText()).contains("limit");
        assertThat(error("/api/articles?limit=100000", 400).get("message").asText()).contains("limit");
        assertThat(error("/api/articles?offset=-1", 400).get("message").asText()).contains("offset");
        assertThat(error("/api/articles?from=2025-13-01", 400).get("message").asText()).contains("from");
        assertThat(error("/api/articles?from=2025-06-01&to=2025-01-01", 400).get("message").asText())
                .contains("after");
        assertThat(error("/api/articles?language=" + enc("en'--"), 400).get("message").asText())
                .contains("language");
        assertThat(error("/api/search", 400).get("message").asText()).contains("q");
        assertThat(error("/api/search?q=" + enc("\"unclosed AND ("), 400).get("error").asText())
                .isEqualTo("bad-query");
        assertThat(error("/api/articles?q=" + enc("title:("), 400).get("error").asText()).isEqualTo("bad-query");
        assertThat(error("/api/dates?kind=x&limit=-3", 400).get("message").asText()).contains("limit");
        assertThat(error("/api/articles/" + enc("../../etc"), 400).get("message").asText()).contains("id");
        assertThat(error("/api/layers/" + enc("DROP TABLE"), 400).get("message").asText()).contains("layer");
        assertThat(error("/api/layers/sentences", 400).get("message").asText()).contains("whole texts");
    }

    @Test
    void oneArticleIsItsAnalysisJsonWithProblems() {
        String id = items(ok("/api/articles?q=Medinsky&limit=1")).get(0).get("id").asText();
        JsonNode a = ok("/api/articles/" + id);
        assertThat(a.get("id").asText()).isEqualTo(id);
        assertThat(a.get("text").asText()).isNotBlank();
        assertThat(a.get("problems").isArray()).isTrue();
        assertThat(a.get("mentions").size()).isPositive();
        JsonNode first = a.get("mentions").get(0);
        assertThat(a.get("text").asText().substring(first.get("start").asInt(), first.get("end").asInt()))
                .isEqualTo(first.get("text").asText());
        // A unique prefix is enough, as on the command line.
        assertThat(ok("/api/articles/" + id.substring(0, 8)).get("id").asText()).isEqualTo(id);
        JsonNode hostile = ok("/api/articles/" + Fixture.HOSTILE_ID);
        assertThat(hostile.get("title").asText()).isEqualTo(Fixture.HOSTILE_TITLE);
        assertThat(hostile.get("problems").get(0).get("message").asText()).contains("<script>alert(4)");
        error("/api/articles/0123456789abcdef", 404);
    }

    @Test
    void outletsCountTheirArticles() {
        List<JsonNode> outlets = items(ok("/api/outlets"));
        assertThat(outlets).extracting(o -> o.get("outlet").asText()).contains(Fixture.HOSTILE_OUTLET)
                .doesNotContain("");
        int sum = outlets.stream().mapToInt(o -> o.get("articles").asInt()).sum();
        assertThat(sum).isPositive().isLessThanOrEqualTo(Fixture.ARTICLES);
        outlets.forEach(o -> assertThat(ok("/api/articles?limit=500&outlet=" + enc(o.get("outlet").asText()))
                .get("total").asInt()).isEqualTo(o.get("articles").asInt()));
    }

    @Test
    void searchFindsPhrasesBestFirst() {
        JsonNode r = ok("/api/search?q=" + enc("\"prisoner exchange\""));
        assertThat(r.get("query").asText()).isEqualTo("\"prisoner exchange\"");
        assertThat(items(r)).isNotEmpty().allSatisfy(h -> assertThat(h.get("id").asText()).hasSize(16));
        List<Double> scores = items(r).stream().map(h -> h.get("score").asDouble()).toList();
        assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(error("/api/search?q=" + enc("<script>alert(1)</script>"), 400).get("error").asText())
                .isEqualTo("bad-query");
        // Markup in a title is data: the JSON gives it back as it is, for the client to escape.
        assertThat(items(ok("/api/search?q=" + enc("script alert")))).extracting(h -> h.get("title").asText())
                .containsExactly(Fixture.HOSTILE_TITLE);
        assertThat(items(ok("/api/search?q=zzzznothingzzzz"))).isEmpty();
    }

    @Test
    void layersListWhatIsStoredAndPlaceholdersSayWhatIsMissing() {
        Set<String> names = new HashSet<>();
        items(ok("/api/layers")).forEach(l -> names.add(l.get("name").asText()));
        assertThat(names).contains("mentions", "timexes", "sentences", "paragraphs");
        JsonNode mentions = ok("/api/layers/mentions?limit=500");
        assertThat(mentions.get("total").asInt()).isPositive();
        assertThat(mentions.has("note")).isFalse();
        JsonNode m = items(mentions).get(0);
        assertThat(m.get("article").asText()).hasSize(16);
        assertThat(m.get("item").get("kind").asText()).isIn("PERSON", "ORG", "LOCATION", "MISC");
        for (String layer : List.of("actors", "statements")) {
            JsonNode r = ok("/api/" + layer);
            if (names.contains(layer)) {
                assertThat(r.get("total").asInt()).isPositive();
            } else {
                assertThat(r.get("items").size()).isZero();
                assertThat(r.get("note").asText()).contains(layer);
            }
        }
    }

    @Test
    void theDatesAreDatedEntriesInOrderWithinTheFilters() {
        JsonNode all = ok("/api/dates?limit=500");
        List<JsonNode> entries = items(all);
        assertThat(entries).extracting(e -> e.get("kind").asText()).contains("timex", "published");
        assertThat(entries).extracting(e -> e.get("date").asText()).isSorted()
                .allSatisfy(d -> assertThat(d).matches("\\d{4}(-\\d{2}(-\\d{2})?)?"));
        JsonNode timex = entries.stream().filter(e -> e.get("kind").asText().equals("timex")).findFirst()
                .orElseThrow();
        String text = ok("/api/articles/" + timex.get("article").asText()).get("text").asText();
        assertThat(text.substring(timex.get("start").asInt(), timex.get("end").asInt()))
                .isEqualTo(timex.get("text").asText());

        JsonNode may = ok("/api/dates?from=2025-05-01&to=2025-05-31&kind=timex&limit=500");
        assertThat(items(may)).isNotEmpty().allSatisfy(e -> {
            assertThat(e.get("kind").asText()).isEqualTo("timex");
            assertThat(e.get("date").asText()).satisfiesAnyOf(d -> assertThat(d).startsWith("2025-05"),
                    d -> assertThat(d).isEqualTo("2025"));
        });
        JsonNode hostile = ok("/api/dates?outlet=" + enc(Fixture.HOSTILE_OUTLET));
        assertThat(items(hostile)).extracting(e -> e.get("date").asText())
                .containsExactly("2025-05-16", "2025-05-16", "2025-05-20", "2025-05-20");
        assertThat(items(hostile)).extracting(e -> e.get("kind").asText()).contains("event");
    }

    @Test
    void unknownRoutesAndJobsAreJson404s() {
        error("/api/nothing-here", 404);
        error("/api/jobs/no-such-job", 404);
    }

    @Test
    void ingestIsRefusedWhenTheServerHasNoToken() {
        var r = Fixture.send(java.net.http.HttpRequest.newBuilder(Fixture.uri(server, "/api/ingest"))
                .header("Authorization", "Bearer something-long-enough-1234")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"text\":\"x\"}")).build());
        assertThat(r.status()).isEqualTo(403);
        assertThat(parse(r.body()).get("message").asText()).contains("disabled");
    }

    @Test
    void everyResponseForbidsFramingAndForeignScripts() {
        var r = Fixture.get(server, "/api/articles");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void theOpenApiDocumentDescribesEveryRouteAndNoOther() {
        JsonNode doc = ok("/openapi");
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        Set<String> documented = new HashSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> documented.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey())));
        Set<String> routed = new HashSet<>();
        server.apiRoutes().forEach(e -> routed.add(e.method() + " " + e.path()));
        assertThat(routed).hasSizeGreaterThan(10);
        assertThat(documented).isEqualTo(routed);
    }
}
