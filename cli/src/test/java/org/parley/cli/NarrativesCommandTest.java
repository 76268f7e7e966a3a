package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.Store;
import org.parley.store.StoreConfig;

/** {@code parley narratives} over a small store of our own articles: groups, evidence, the mix, the filters. */
class NarrativesCommandTest {

    static final String WEST = "Moscow and Kyiv were close to a peace agreement in Istanbul in March 2022, Russian"
            + " officials said again. According to them, Western countries ordered Kyiv to walk away from the talks"
            + " and keep fighting. The United States and Britain want the war to go on until the last Ukrainian, the"
            + " spokeswoman added. Washington does not care about Ukraine and only uses it against Russia, she said.";
    static final String CLIMATE = "Wind turbines and solar panels cannot keep the lights on when the wind stops and"
            + " the sun sets. Households pay ever higher electricity bills for the green energy transition, critics"
            + " say. The climate policies of the government will ruin industry and bring no benefit to the planet."
            + " Scientists who warn of a climate emergency are exaggerating to win grants, the columnist wrote.";
    static final String LIBRARY = "The city council approved a new budget for the public libraries on Tuesday"
            + " evening. Opening hours will be extended on weekends and the children's section will get new books."
            + " The head librarian thanked the volunteers who organised the reading club this summer.";

    @TempDir
    static Path dir;
    static Path db;
    static Map<String, String> texts = new java.util.HashMap<>();

    @BeforeAll
    static void ingest() throws Exception {
        var lines = new ArrayList<String>();
        lines.add(line("https://east.example.org/1", "Kyiv told to leave talks", "2025-03-01", "East Daily", WEST));
        lines.add(line("https://east.example.org/2", "Library budget", "2025-05-01", "East Daily", LIBRARY));
        lines.add(line("https://green.example.org/1", "Turbines fail us", "2025-04-01", "Green Post", CLIMATE));
        Path in = dir.resolve("in.jsonl");
        Files.write(in, lines);
        db = dir.resolve("parley.duckdb");
        Cli.Run run = Cli.run("ingest", "--db", db.toString(), "--no-progress", in.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        try (Store store = Store.open(StoreConfig.duckdb(db))) {
            store.eachArticle(a -> texts.put(a.id(), a.text()));
        }
        assertThat(texts).hasSize(3);
    }

    static String line(String url, String title, String date, String outlet, String text) {
        ObjectNode o = Cli.JSON.createObjectNode().put("url", url).put("title", title).put("published", date)
                .put("outlet", outlet).put("text", text);
        return o.toString();
    }

    static JsonNode json(String... args) throws Exception {
        var all = new ArrayList<>(List.of("narratives", "--db", db.toString(), "--format", "json"));
        all.addAll(List.of(args));
        Cli.Run run = Cli.run(all.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        return Cli.JSON.readTree(run.out());
    }

    @Test
    void everyArticleUnderItsLabelsWithEvidenceFromItsOwnText() throws Exception {
        JsonNode root = json();
        var labels = new ArrayList<String>();
        root.get("narratives").forEach(g -> labels.add(g.get("label").asText()));
        assertThat(labels).contains("URW: Discrediting the West, Diplomacy", "Other")
                .anyMatch(l -> l.startsWith("CC: "));
        for (JsonNode g : root.get("narratives")) {
            for (JsonNode a : g.get("articles")) {
                String text = texts.get(a.get("id").asText());
                assertThat(a.get("score").asDouble()).isBetween(0.0, 1.0);
                // "Other" has no evidence; every other label has some, and it is the article's own words.
                assertThat(a.get("evidence").isEmpty()).isEqualTo(g.get("label").asText().equals("Other"));
                for (JsonNode e : a.get("evidence")) {
                    assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt()))
                            .isEqualTo(e.get("text").asText());
                }
            }
        }
        JsonNode west = find(root.get("narratives"), "URW: Discrediting the West, Diplomacy");
        assertThat(west.get("parent").isNull()).isTrue();
        assertThat(west.get("independentSources").asInt()).isEqualTo(1);
        assertThat(root.get("articles").asInt()).isEqualTo(3);
        assertThat(west.get("articles")).singleElement()
                .satisfies(a -> assertThat(a.get("title").asText()).isEqualTo("Kyiv told to leave talks"));
    }

    @Test
    void theMixPerOutletCountsNarrativesNotSubNarratives() throws Exception {
        JsonNode outlets = json().get("outlets");
        assertThat(outlets).hasSize(2);
        JsonNode east = outlets.get(0);
        assertThat(east.get("outlet").asText()).isEqualTo("East Daily");
        assertThat(east.get("articles").asInt()).isEqualTo(2);
        assertThat(east.get("narratives").get("Other").asInt()).isEqualTo(1);
        assertThat(east.get("narratives").get("URW: Discrediting the West, Diplomacy").asInt()).isEqualTo(1);
        east.get("narratives").fieldNames().forEachRemaining(n -> assertThat(n.split(": ").length).isLessThanOrEqualTo(2));
        assertThat(outlets.get(1).get("outlet").asText()).isEqualTo("Green Post");
    }

    @Test
    void labelAndDatesFilter() throws Exception {
        JsonNode only = json("--label", "other").get("narratives");
        assertThat(only).singleElement().satisfies(g -> {
            assertThat(g.get("label").asText()).isEqualTo("Other");
            assertThat(g.get("articles")).singleElement()
                    .satisfies(a -> assertThat(a.get("outlet").asText()).isEqualTo("East Daily"));
        });
        JsonNode april = json("--from", "2025-03-15", "--to", "2025-04-30");
        assertThat(april.get("outlets")).singleElement()
                .satisfies(o -> assertThat(o.get("outlet").asText()).isEqualTo("Green Post"));
        april.get("narratives").forEach(g -> assertThat(g.get("label").asText()).startsWith("CC: "));
    }

    @Test
    void theTableListsArticlesEvidenceAndTheMix() {
        Cli.Run run = Cli.run("narratives", "--db", db.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("URW: Discrediting the West, Diplomacy: 1 article, 1 independent source")
                .contains("Kyiv told to leave talks").contains("\u201c")
                .contains("narrative mix per outlet").contains("East Daily: 2 articles");
        run = Cli.run("narratives", "--db", db.toString(), "--label", "URW: Nothing of the kind");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("no stored article carries 'URW: Nothing of the kind'");
    }

    @Test
    void badArgumentsAreOneLine() {
        Cli.Run run = Cli.run("narratives", "--db", db.toString(), "--format", "xml");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("parley: unknown format 'xml'; choose table or json");
        run = Cli.run("narratives", "--db", db.toString(), "--from", "2025-05-01", "--to", "2025-04-01");
        assertThat(run.err().strip()).isEqualTo("parley: --from 2025-05-01 is after --to 2025-04-01");
        run = Cli.run("narratives", "--db", db.toString(), "--from", "May");
        assertThat(run.exit()).isEqualTo(2);
    }

    static JsonNode find(JsonNode groups, String label) {
        for (JsonNode g : groups) {
            if (g.get("label").asText().equals(label)) {
                return g;
            }
        }
        throw new AssertionError("no group " + label);
    }
}
