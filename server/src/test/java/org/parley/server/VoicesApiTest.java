package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.server.ApiTest.enc;
import static org.parley.server.ApiTest.error;
import static org.parley.server.ApiTest.items;
import static org.parley.server.ApiTest.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** /api/actors, /api/actors/{id} and /api/quotes over the example corpus and the hostile article. */
class VoicesApiTest {

    @BeforeAll
    static void start() {
        ApiTest.server = Fixture.server();
    }

    static List<JsonNode> allQuotes() {
        return items(ok("/api/quotes?limit=500"));
    }

    @Test
    void actorsCountTheArticlesNamingThemAndTheStatementsAttributedToThem() {
        JsonNode page = ok("/api/actors?limit=500");
        List<JsonNode> actors = items(page);
        assertThat(page.get("total").asInt()).isEqualTo(actors.size()).isGreaterThan(5);
        assertThat(actors).extracting(a -> a.get("statements").asInt()).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(actors).extracting(a -> a.get("id").asText()).doesNotHaveDuplicates();

        // Statements per speaker, counted independently from the raw layer.
        Map<String, Integer> said = new HashMap<>();
        items(ok("/api/statements?limit=500")).forEach(i -> {
            JsonNode sp = i.get("item").get("speaker");
            if (sp != null && !sp.isNull()) {
                said.merge(sp.get("actorId").asText(), 1, Integer::sum);
            }
        });
        assertThat(said).isNotEmpty();
        for (JsonNode a : actors) {
            assertThat(a.get("statements").asInt()).as(a.get("id").asText())
                    .isEqualTo(said.getOrDefault(a.get("id").asText(), 0));
            assertThat(a.get("kind").asText()).isIn("PERSON", "STATE", "ORG", "DELEGATION");
            assertThat(a.get("articles").asInt()).isPositive();
        }
        // Articles per actor, counted from the actors layer.
        Map<String, Set<String>> named = new HashMap<>();
        items(ok("/api/layers/actors?limit=500")).forEach(i -> named.computeIfAbsent(i.get("item").get("id").asText(),
                k -> new HashSet<>()).add(i.get("article").asText()));
        actors.forEach(a -> assertThat(a.get("articles").asInt()).as(a.get("id").asText())
                .isEqualTo(named.get(a.get("id").asText()).size()));

        JsonNode second = ok("/api/actors?limit=3&offset=3");
        assertThat(items(second)).extracting(a -> a.get("id").asText()).containsExactlyElementsOf(
                actors.subList(3, 6).stream().map(a -> a.get("id").asText()).toList());
    }

    @Test
    void actorsFilterByNameOrAliasAndKind() {
        // By an alias only (the name says "Envoy" too, the alias "the envoy").
        assertThat(items(ok("/api/actors?q=" + enc("THE envoy")))).extracting(a -> a.get("id").asText())
                .containsExactly(Fixture.HOSTILE_ACTOR);
        JsonNode hostile = items(ok("/api/actors?q=envoy")).get(0);
        // Markup is data in JSON: given back as it is, for the client to escape.
        assertThat(hostile.get("name").asText()).isEqualTo(Fixture.HOSTILE_ACTOR_NAME);
        assertThat(hostile.get("aliases").get(0).asText()).isEqualTo("<i>the envoy</i>");
        List<JsonNode> states = items(ok("/api/actors?kind=state&limit=500"));
        assertThat(states).isNotEmpty().allSatisfy(a -> assertThat(a.get("kind").asText()).isEqualTo("STATE"));
        assertThat(ok("/api/actors?q=zzzznobody").get("total").asInt()).isZero();
    }

    @Test
    void oneActorHasItsAliasesArticlesAndStatementsWithTheirText() {
        JsonNode d = ok("/api/actors/" + enc(Fixture.HOSTILE_ACTOR));
        assertThat(d.get("actor").get("name").asText()).isEqualTo(Fixture.HOSTILE_ACTOR_NAME);
        assertThat(d.get("actor").get("kind").asText()).isEqualTo("PERSON");
        List<String> aliases = new java.util.ArrayList<>();
        d.get("actor").get("aliases").forEach(a -> aliases.add(a.asText()));
        assertThat(aliases).containsExactly("<i>the envoy</i>");
        assertThat(d.get("articles")).hasSize(1);
        JsonNode article = d.get("articles").get(0);
        assertThat(article.get("id").asText()).isEqualTo(Fixture.HOSTILE_ID);
        assertThat(article.get("links").asInt()).isEqualTo(1);
        assertThat(article.get("statements").asInt()).isEqualTo(1);
        assertThat(d.get("statements")).hasSize(1);
        JsonNode q = d.get("statements").get(0);
        assertThat(q.get("text").asText()).isEqualTo(Fixture.HOSTILE_QUOTE);
        assertThat(q.get("cue").get("text").asText()).isEqualTo("told");
        assertThat(q.get("source").get("text").asText()).isEqualTo("the <em>envoy</em>");
        assertThat(q.get("date").asText()).isEqualTo("2025-05-19");
        assertThat(q.get("published").asText()).isEqualTo("2025-05-20");
        JsonNode piece = q.get("content").get(0);
        assertThat(Fixture.HOSTILE_TEXT.substring(piece.get("start").asInt(), piece.get("end").asInt()))
                .isEqualTo(Fixture.HOSTILE_QUOTE);

        // A corpus actor: every statement is its own and every span's text is the article's.
        JsonNode top = items(ok("/api/actors?limit=1")).get(0);
        JsonNode most = ok("/api/actors/" + enc(top.get("id").asText()));
        assertThat(most.get("statements").size()).isEqualTo(top.get("statements").asInt()).isPositive();
        assertThat(most.get("articles").size()).isEqualTo(top.get("articles").asInt());
        for (JsonNode s : most.get("statements")) {
            assertThat(s.get("speaker").get("actorId").asText()).isEqualTo(top.get("id").asText());
            String text = ok("/api/articles/" + s.get("article").asText()).get("text").asText();
            for (JsonNode span : List.of(s.get("cue"), s.get("content").get(0))) {
                assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt()))
                        .isEqualTo(span.get("text").asText());
            }
        }
    }

    @Test
    void quotesFilterBySpeakerDatesAndWords() {
        List<JsonNode> all = allQuotes();
        assertThat(all).hasSize(ok("/api/statements?limit=1").get("total").asInt());
        assertThat(all).extracting(q -> q.get("date").asText("")).isSortedAccordingTo(Comparator.reverseOrder());

        JsonNode top = items(ok("/api/actors?limit=1")).get(0);
        JsonNode bySpeaker = ok("/api/quotes?limit=500&speaker=" + enc(top.get("id").asText()));
        assertThat(bySpeaker.get("total").asInt()).isEqualTo(top.get("statements").asInt());
        assertThat(items(bySpeaker)).allSatisfy(q -> assertThat(q.get("speaker").get("actorId").asText())
                .isEqualTo(top.get("id").asText()));

        List<JsonNode> may = items(ok("/api/quotes?limit=500&from=2025-05-01&to=2025-05-31"));
        assertThat(may).isNotEmpty().allSatisfy(q -> assertThat(Catalog.overlaps(q.get("date").asText(),
                java.util.Optional.of(java.time.LocalDate.of(2025, 5, 1)),
                java.util.Optional.of(java.time.LocalDate.of(2025, 5, 31)))).isTrue());
        assertThat(may).extracting(q -> q.get("article").asText()).contains(Fixture.HOSTILE_ID);
        assertThat(may.size()).isLessThan(all.size());
        // The hostile quote was said the day before its article: its own date counts.
        assertThat(items(ok("/api/quotes?from=2025-05-19&to=2025-05-19&speaker=" + enc(Fixture.HOSTILE_ACTOR))))
                .hasSize(1);
        assertThat(items(ok("/api/quotes?from=2025-05-20&speaker=" + enc(Fixture.HOSTILE_ACTOR)))).isEmpty();

        assertThat(items(ok("/api/quotes?q=" + enc("WILL not SIGN")))).extracting(q -> q.get("text").asText())
                .containsExactly(Fixture.HOSTILE_QUOTE);
        assertThat(items(ok("/api/quotes?q=" + enc("<script>")))).hasSize(1);
        assertThat(ok("/api/quotes?q=zzzznothing").get("total").asInt()).isZero();

        JsonNode page = ok("/api/quotes?limit=4&offset=4");
        assertThat(items(page)).extracting(q -> q.get("id").asText())
                .containsExactlyElementsOf(all.subList(4, 8).stream().map(q -> q.get("id").asText()).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"' OR 1=1 --", "x'; DROP TABLE articles; --", "\" OR \"\"=\"", "%", "*", ".*"})
    void sqlLookingFiltersAreData(String value) {
        assertThat(ok("/api/quotes?speaker=" + enc(value)).get("total").asInt()).isZero();
        assertThat(ok("/api/quotes?q=" + enc(value)).get("total").asInt()).isZero();
        assertThat(ok("/api/actors?q=" + enc(value)).get("total").asInt()).isZero();
        assertThat(ok("/api/actors?kind=" + enc(value)).get("total").asInt()).isZero();
        assertThat(ok("/api/quotes").get("total").asInt()).isPositive();
    }

    @Test
    void malformedParametersAreA400ThatSaysWhich() {
        assertThat(error("/api/quotes?from=2025-13-01", 400).get("message").asText()).contains("from", "2025-13-01");
        assertThat(error("/api/quotes?to=yesterday", 400).get("message").asText()).contains("to", "YYYY-MM-DD");
        assertThat(error("/api/quotes?from=" + enc("2025-05-01' OR '1'='1"), 400).get("message").asText())
                .contains("from");
        assertThat(error("/api/quotes?from=2025-06-01&to=2025-01-01", 400).get("message").asText())
                .contains("after");
        assertThat(error("/api/quotes?limit=0", 400).get("message").asText()).contains("limit");
        assertThat(error("/api/actors?offset=x", 400).get("message").asText()).contains("offset");
        assertThat(error("/api/actors/" + enc("<script>"), 400).get("message").asText()).contains("actor id");
        assertThat(error("/api/actors/" + enc("' OR 1=1 --"), 400).get("message").asText()).contains("actor id");
        assertThat(error("/api/actors/Q0000000", 404).get("message").asText()).contains("Q0000000");
    }
}
