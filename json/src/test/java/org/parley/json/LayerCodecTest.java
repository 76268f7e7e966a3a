package org.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Document;
import org.parley.model.EntityKind;
import org.parley.model.Layer;
import org.parley.model.Mention;
import org.parley.model.Mentions;
import org.parley.model.PublishedFrom;
import org.parley.model.Span;

/**
 * The generic layer rules on the shapes the analyses ahead need: statements with discontinuous content and an
 * optional source, events with typed arguments pointing at spans and actor ids, entity links with scores, and
 * narrative labels with evidence. None of these records is known to the codec.
 */
class LayerCodecTest {

    enum Kind { DIRECT, INDIRECT }

    record Statement(String id, Kind kind, List<Span> content, Span cue, Optional<Span> source,
            Optional<String> speakerActorId, Optional<LocalDate> saidOn, Optional<String> embeddedIn) {
    }

    record Statements(List<Statement> items) implements Layer {
        @Override
        public Stream<Span> spans() {
            return items.stream().flatMap(s -> Stream.concat(Stream.concat(s.content().stream(), Stream.of(s.cue())),
                    s.source().stream()));
        }
    }

    record Argument(String role, Optional<Span> span, Optional<String> actorId) {
    }

    record Event(String id, String type, String status, Optional<String> date, List<Argument> arguments,
            Map<String, Long> quantities, List<Span> evidence) {
    }

    /** A layer of another shape than a single list: it is written as an object. */
    record Events(List<Event> items, int version) implements Layer {
        @Override
        public Stream<Span> spans() {
            return items.stream().flatMap(e -> e.evidence().stream());
        }
    }

    record Link(Span span, String actorId, double score, String method) {
    }

    record Links(List<Link> items) implements Layer {
        @Override
        public Stream<Span> spans() {
            return items.stream().map(Link::span);
        }
    }

    static final String TEXT = "Zakharova said that Kyiv, \"at the direction of Washington\", blocked the talks in Istanbul.";

    static Span span(String s) {
        int i = TEXT.indexOf(s);
        return new Span(i, i + s.length());
    }

    static final Statements STATEMENTS = new Statements(List.of(new Statement("st1", Kind.INDIRECT,
            List.of(span("Kyiv,"), span("blocked the talks in Istanbul")), span("said"),
            Optional.of(span("Zakharova")), Optional.of("Q4526171"), Optional.empty(), Optional.empty())));
    static final Events EVENTS = new Events(List.of(new Event("ev1", "BREAKDOWN", "HAPPENED", Optional.of("2022-04"),
            List.of(new Argument("place", Optional.of(span("Istanbul")), Optional.empty()),
                    new Argument("party", Optional.empty(), Optional.of("Q212"))),
            Map.of("prisoners", 0L), List.of(span("blocked the talks in Istanbul")))), 2);
    static final Links LINKS = new Links(List.of(new Link(span("Zakharova"), "Q4526171", 0.93, "alias")));

    @Test
    void everyShapeComesBackEqual() {
        for (Layer layer : List.of(STATEMENTS, EVENTS, LINKS,
                new Mentions(List.of(new Mention(span("Kyiv"), EntityKind.LOCATION))))) {
            String json = LayerCodec.encode(layer);
            assertThat(LayerCodec.decode(layer.getClass(), json)).as(json).isEqualTo(layer);
            assertThat(LayerCodec.encode(LayerCodec.decode(layer.getClass(), json))).as("deterministic")
                    .isEqualTo(json);
        }
    }

    @Test
    void storageLeavesOutSpanTextAndFlattensASpanComponent() {
        assertThat(LayerCodec.encode(LINKS))
                .isEqualTo("[{\"start\":0,\"end\":9,\"actorId\":\"Q4526171\",\"score\":0.93,\"method\":\"alias\"}]");
        assertThat(LayerCodec.encode(EVENTS)).startsWith("{\"items\":[").endsWith("\"version\":2}");
    }

    @Test
    void theAnalysisJsonCarriesNewLayersAndTheirGeneratedSchemaValidatesThem() throws Exception {
        Article a = new Article(ArticleId.fromText(TEXT), "mem:z", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), PublishedFrom.NONE, Optional.empty(), "en", TEXT,
                List.of());
        Document doc = Document.of(a).with(List.of(STATEMENTS, EVENTS, LINKS), List.of());
        JsonNode json = new ObjectMapper().readTree(AnalysisJson.write(doc));
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(AnalysisJson.schema(List.of(Statements.class, Events.class, Links.class)));
        assertThat(schema.validate(json)).isEmpty();
        JsonNode statement = json.get("statements").get(0);
        assertThat(statement.get("content").get(1).get("text").asText()).isEqualTo("blocked the talks in Istanbul");
        assertThat(statement.get("source").get("text").asText()).isEqualTo("Zakharova");
        assertThat(statement.get("saidOn").isNull()).isTrue();
        assertThat(json.get("links").get(0).get("text").asText()).isEqualTo("Zakharova");
        assertThat(json.get("events").get("items").get(0).get("arguments").get(1).get("actorId").asText())
                .isEqualTo("Q212");

        ((com.fasterxml.jackson.databind.node.ObjectNode) statement).put("kind", "RUMOUR");
        assertThat(schema.validate(json)).hasSize(1);
    }

    @Test
    void storedJsonThatNoLongerFitsTheRecordIsAClearError() {
        assertThatThrownBy(() -> LayerCodec.decode(Links.class, "[{\"start\":5,\"end\":2}]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("links");
        assertThatThrownBy(() -> LayerCodec.decode(Links.class, "[{"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> LayerCodec.type("java.lang.String")).hasMessageContaining("not a layer record");
        assertThatThrownBy(() -> LayerCodec.type("org.parley.model.Gone")).hasMessageContaining("no layer type");
        assertThat(LayerCodec.type(Mentions.class.getName())).isEqualTo(Mentions.class);
    }
}
