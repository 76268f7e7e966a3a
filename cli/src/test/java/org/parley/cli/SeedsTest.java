package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.testing.Shared;

/**
 * The "done" criteria of the backbone on the five real seed articles, through {@code parley analyze}: boilerplate
 * gone, publication date right or null with a reason, time expressions and named entities found, every span
 * aligned with the text.
 */
class SeedsTest {

    static Map<String, JsonNode> bySeed = new HashMap<>();

    @BeforeAll
    static void analyseSeeds() {
        List<String> args = new ArrayList<>(List.of("analyze"));
        Shared.seeds().forEach(p -> args.add(p.toString()));
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        for (JsonNode doc : run.documents()) {
            String name = Path.of(doc.get("source").asText()).getFileName().toString();
            bySeed.put(name.substring(0, 3), doc);
        }
        assertThat(bySeed).containsOnlyKeys("000", "001", "002", "003", "004");
    }

    static String text(String seed) {
        return bySeed.get(seed).get("text").asText();
    }

    static List<JsonNode> items(String seed, String layer) {
        return StreamSupport.stream(bySeed.get(seed).get(layer).spliterator(), false).toList();
    }

    static List<String> texts(String seed, String layer) {
        return items(seed, layer).stream().map(n -> n.get("text").asText()).toList();
    }

    static List<String> codes(String seed) {
        return items(seed, "problems").stream().map(n -> n.get("code").asText()).toList();
    }

    @Test
    void boilerplateIsGoneAndTheStoryStays() {
        assertThat(text("002")).doesNotContain("Skip to main content", "Advertisement", "Live broadcast",
                "Photo:", "Переведено", "Озвучить").contains("Grushko", "Belovezhskaya Pushcha");
        assertThat(text("003")).doesNotContain("Leave a Reply", "email address will not be published",
                "Required fields").contains("Lavrov", "Kramatorsk");
        assertThat(text("004")).doesNotContain("We remind our readers", "publication of articles on our site")
                .contains("Arakhamia", "Orban");
        assertThat(text("001")).doesNotContain("Related materials").contains("Zakharova", "Zhang Jun");
        assertThat(text("000")).doesNotStartWith(" date").doesNotContain("date 2023-02-13").contains("Anatoly Glaz");
    }

    @Test
    void publicationDatesAreRightOrNullWithAReason() {
        assertThat(bySeed.get("000").get("published").asText()).isEqualTo("2023-02-13");
        assertThat(bySeed.get("001").get("published").asText()).isEqualTo("2023-02-17");
        for (String undated : List.of("002", "003", "004")) {
            assertThat(bySeed.get(undated).get("published").isNull()).as(undated).isTrue();
            assertThat(bySeed.get(undated).get("publishedFrom").asText()).isEqualTo("none");
            assertThat(codes(undated)).as(undated).anyMatch(c -> c.startsWith("date."));
        }
        assertThat(codes("004")).contains("date.dateline-no-year");
    }

    @Test
    void timeExpressionsAreNormalizedAgainstThePublicationDate() {
        Map<String, String> values = new HashMap<>();
        items("000", "timexes").forEach(t -> values.putIfAbsent(t.get("text").asText(), t.get("value").asText()));
        assertThat(values).containsEntry("March 29, 2022", "2022-03-29")
                .containsEntry("February 24, 2022", "2022-02-24")
                .containsEntry("February 11", "2023-02-11");
        // Undated article: a year-less date stays year-less rather than guessed.
        assertThat(items("002", "timexes")).anySatisfy(t -> assertThat(t.get("value").asText()).startsWith("XXXX-06"));
        for (String seed : bySeed.keySet()) {
            assertThat(items(seed, "timexes")).as(seed).isNotEmpty();
        }
    }

    @Test
    void namedEntitiesAreFound() {
        assertThat(texts("000", "mentions")).contains("Anatoly Glaz", "Sergei Vershinin", "Dmitry Polyansky");
        assertThat(texts("002", "mentions")).contains("Alexander Grushko", "Sergey Lavrov", "Maxim Ryzhenkov");
        assertThat(texts("003", "mentions")).contains("Bucha", "Kramatorsk");
        assertThat(texts("004", "mentions")).contains("Vladimir Putin", "Boris Johnson", "Astana");
        assertThat(items("001", "mentions")).anySatisfy(m -> {
            assertThat(m.get("text").asText()).isEqualTo("Maria Zakharova");
            assertThat(m.get("kind").asText()).isEqualTo("PERSON");
        });
    }

    @Test
    void aHeadlineThatReportsSpeechIsAStatement() {
        // Issue 18's example: seed 004's headline says what Putin insists on; it leads the text and is analysed.
        JsonNode doc = bySeed.get("004");
        int end = doc.get("headline").get("end").asInt();
        assertThat(doc.get("headline").get("start").asInt()).isZero();
        assertThat(text("004").substring(0, end)).isEqualTo(doc.get("title").asText());
        assertThat(items("004", "statements")).anySatisfy(st -> {
            assertThat(st.get("cue").get("end").asInt()).isLessThanOrEqualTo(end);
            assertThat(st.get("content")).isNotEmpty().allSatisfy(c -> assertThat(c.get("end").asInt())
                    .isLessThanOrEqualTo(end));
        });
        // the dateline still opens the body, and still gives the agency
        assertThat(text("004").substring(doc.get("body").get("start").asInt())).startsWith("ASTANA, July 4");
        assertThat(doc.get("agency").asText()).isEqualTo("TASS");
    }

    @Test
    void everySpanIndexesTheText() {
        for (String seed : bySeed.keySet()) {
            String text = text(seed);
            for (String layer : List.of("timexes", "mentions")) {
                for (JsonNode n : items(seed, layer)) {
                    assertThat(text.substring(n.get("start").asInt(), n.get("end").asInt()))
                            .isEqualTo(n.get("text").asText());
                }
            }
        }
    }
}
