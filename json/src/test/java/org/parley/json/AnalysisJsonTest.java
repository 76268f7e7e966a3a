package org.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Document;
import org.parley.model.EntityKind;
import org.parley.model.Mention;
import org.parley.model.Mentions;
import org.parley.model.Problem;
import org.parley.model.PublishedFrom;
import org.parley.model.Span;
import org.parley.model.Timex;
import org.parley.model.TimexType;
import org.parley.model.Timexes;
import org.parley.model.Token;
import org.parley.model.Tokens;

class AnalysisJsonTest {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(AnalysisJson.schema(List.of(Mentions.class, Timexes.class, Tokens.class)));

    // An emoji (two UTF-16 chars) before the entities fixes that offsets count Java chars, not code points.
    static final String TEXT = "\uD83D\uDD4A Umerov met Medinsky in Istanbul on May 16.";

    static Document analysed() {
        Article a = new Article(ArticleId.fromText(TEXT), "fixtures/a.txt", Optional.of("Example Wire"), Optional.empty(),
                Optional.empty(), Optional.of("Talks resume"), Optional.of(LocalDate.of(2025, 5, 16)),
                PublishedFrom.DATELINE, Optional.empty(), "en", TEXT, List.of(Problem.of("date.year-inferred", "fixtures/a.txt",
                        "year taken from the fetch date")));
        int umerov = TEXT.indexOf("Umerov");
        int may = TEXT.indexOf("May 16");
        return Document.of(a).with(List.of(new Tokens(List.of(new Token(new Span(umerov, umerov + 6), "NNP", "Umerov"))),
                new Mentions(List.of(new Mention(new Span(umerov, umerov + 6), EntityKind.PERSON),
                        new Mention(new Span(TEXT.indexOf("Istanbul"), TEXT.indexOf("Istanbul") + 8),
                                EntityKind.LOCATION))),
                new Timexes(List.of(new Timex(new Span(may, may + 6), TimexType.DATE, "2025-05-16")))),
                List.of(Problem.at("pipeline.example", "fixtures/a.txt", new Span(0, 2), "a placed problem")));
    }

    @Test
    void outputMatchesTheSchemaAndTheDocumentedFieldOrder() throws Exception {
        String line = AnalysisJson.write(analysed());
        assertThat(line).doesNotContain("\n");
        JsonNode json = MAPPER.readTree(line);
        assertThat(SCHEMA.validate(json)).isEmpty();
        List<String> fields = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).as("tokens are not written; layers follow in the order they were added")
                .containsExactly("id", "source", "outlet", "agency", "url", "title", "published", "publishedFrom",
                        "fetched", "language", "text", "headline", "body", "problems", "analysis", "mentions",
                        "timexes");
        assertThat(json.get("analysis").get(0).get("component").asText()).isEqualTo("manual");
        assertThat(json.get("analysis").get(0).get("layers")).extracting(JsonNode::asText)
                .containsExactly("tokens", "mentions", "timexes");
        assertThat(json.get("url").isNull()).isTrue();
        assertThat(json.get("published").asText()).isEqualTo("2025-05-16");
        assertThat(json.get("publishedFrom").asText()).isEqualTo("dateline");
        assertThat(json.get("problems")).hasSize(2);
        assertThat(json.get("problems").get(0).has("start")).isFalse();
        assertThat(json.get("problems").get(1).get("end").asInt()).isEqualTo(2);
    }

    @Test
    void headlineAndBodyAreOffsetsIntoTheText() throws Exception {
        JsonNode untitled = MAPPER.readTree(AnalysisJson.write(analysed()));
        assertThat(untitled.get("headline").isNull()).as("the text does not begin with the title").isTrue();
        assertThat(untitled.get("body").get("start").asInt()).isZero();
        assertThat(untitled.get("body").get("end").asInt()).isEqualTo(TEXT.length());

        String text = "Talks resume\n\n" + TEXT;
        Article a = new Article(ArticleId.fromText(TEXT), "fixtures/b.txt", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("Talks resume"), Optional.empty(), PublishedFrom.NONE, Optional.empty(),
                "en", text, List.of());
        JsonNode json = MAPPER.readTree(AnalysisJson.write(Document.of(a)));
        assertThat(SCHEMA.validate(json)).isEmpty();
        assertThat(json.get("headline").get("start").asInt()).isZero();
        assertThat(json.get("headline").get("end").asInt()).isEqualTo(12);
        assertThat(text.substring(json.get("body").get("start").asInt(), json.get("body").get("end").asInt()))
                .isEqualTo(TEXT);
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("headline")).put("start", "0");
        assertThat(SCHEMA.validate(json)).isNotEmpty();
    }

    @Test
    void everySpanIndexesTheTextAsJavaChars() throws Exception {
        JsonNode json = MAPPER.readTree(AnalysisJson.write(analysed()));
        String text = json.get("text").asText();
        for (String layer : List.of("timexes", "mentions")) {
            for (JsonNode item : json.get(layer)) {
                assertThat(text.substring(item.get("start").asInt(), item.get("end").asInt()))
                        .isEqualTo(item.get("text").asText());
            }
        }
        assertThat(json.get("mentions").get(0).get("start").asInt()).isEqualTo(3);
        assertThat(json.get("timexes").get(0).get("value").asText()).isEqualTo("2025-05-16");
    }

    @Test
    void theSchemaRejectsABrokenObject() throws Exception {
        JsonNode json = MAPPER.readTree(AnalysisJson.write(analysed()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) json).put("publishedFrom", "guess");
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("mentions").get(0)).put("kind", "ROBOT");
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("timexes").get(0)).remove("value");
        ((com.fasterxml.jackson.databind.node.ObjectNode) json).put("unknownField", 1);
        assertThat(SCHEMA.validate(json)).hasSize(4);
    }

    @Test
    void anUnanalysedDocumentHasNoLayerFields() throws Exception {
        Article a = new Article("0123456789abcdef", "x.txt", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), PublishedFrom.NONE, Optional.empty(), "ru", "Переговоры", List.of());
        JsonNode json = MAPPER.readTree(AnalysisJson.write(Document.of(a)));
        assertThat(SCHEMA.validate(json)).isEmpty();
        assertThat(json.has("timexes")).as("absent means not analysed; empty would mean none found").isFalse();
        assertThat(json.get("published").isNull()).isTrue();
    }
}
