package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/narratives} and the {@code /narratives} page over the example store (its articles labelled by the real
 * narratives component) and the hostile article (a label and evidence with markup in them).
 */
class NarrativePagesTest {

    static ParleyServer server;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        server = Fixture.server();
    }

    static JsonNode api(String query) throws Exception {
        return api("/api/narratives", query);
    }

    static JsonNode api(String path, String query) throws Exception {
        var r = Fixture.get(server, path + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void everyLabelWithItsArticlesEvidenceFromTheirOwnTextAndIndependentSources() throws Exception {
        JsonNode root = api("");
        assertThat(root.get("articles").asInt()).isGreaterThan(10);
        var labels = new ArrayList<String>();
        int previous = Integer.MAX_VALUE;
        var texts = new java.util.HashMap<String, String>();
        for (JsonNode g : root.get("narratives")) {
            labels.add(g.get("label").asText());
            int n = g.get("articles").size();
            assertThat(n).as("most carried first").isLessThanOrEqualTo(previous);
            previous = n;
            assertThat(g.get("independentSources").asInt()).isBetween(1, n);
            for (JsonNode a : g.get("articles")) {
                // The article's text as the API gives it.
                String text = texts.computeIfAbsent(a.get("id").asText(), id -> {
                    try {
                        return api("/api/articles/" + id, "").get("text").asText();
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
                for (JsonNode e : a.get("evidence")) {
                    assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt()))
                            .isEqualTo(e.get("text").asText());
                }
            }
        }
        assertThat(labels).contains(Fixture.HOSTILE_NARRATIVE).doesNotHaveDuplicates();
        assertThat(root.get("outlets")).isNotEmpty().allSatisfy(o -> assertThat(o.get("articles").asInt()).isPositive());
    }

    @Test
    void aLabelFiltersTheGroupsAndBadDatesAreA400() throws Exception {
        JsonNode only = api("?label=" + URLEncoder.encode(Fixture.HOSTILE_NARRATIVE.toUpperCase(java.util.Locale.ROOT),
                StandardCharsets.UTF_8));
        assertThat(only.get("narratives")).singleElement().satisfies(g -> {
            assertThat(g.get("label").asText()).isEqualTo(Fixture.HOSTILE_NARRATIVE);
            assertThat(g.get("parent").asText()).isEqualTo("<b>URW</b>");
            assertThat(g.get("articles")).singleElement()
                    .satisfies(a -> assertThat(a.get("id").asText()).isEqualTo(Fixture.HOSTILE_ID));
        });
        var r = Fixture.get(server, "/api/narratives?from=2025-06-01&to=2025-05-01");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("parameter 'from' (2025-06-01) is after 'to' (2025-05-01)");
        assertThat(Fixture.get(server, "/api/narratives?from=May").status()).isEqualTo(400);
    }

    @Test
    void thePageListsLabelsWithEvidenceLinkedToTheReaderAndKeepsMarkupAsText() {
        var r = Fixture.get(server, "/narratives");
        assertThat(r.status()).isEqualTo(200);
        String html = r.body();
        assertThat(html).contains("<h1>Narratives</h1>", "aria-current=\"page\">Narratives</a>",
                "Narrative mix per outlet", "independent source")
                .contains("&lt;i&gt;URW&lt;/i&gt;: &quot;Blame&quot; &amp; &lt;b&gt;shame&lt;/b&gt;")
                .doesNotContain(Fixture.HOSTILE_NARRATIVE)
                .containsPattern("href=\"/articles/" + Fixture.HOSTILE_ID + "#narratives-\\d+\"");
        String none = Fixture.get(server, "/narratives?label=nothing+of+the+kind").body();
        assertThat(none).contains("id=\"no-narratives\"", "No stored article carries this label.");
        assertThat(Fixture.get(server, "/narratives?to=bad").status()).isEqualTo(400);
    }
}
