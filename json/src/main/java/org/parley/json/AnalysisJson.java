package org.parley.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Optional;
import org.parley.model.Article;
import org.parley.model.Document;
import org.parley.model.Layer;
import org.parley.model.Problem;
import org.parley.model.Span;
import org.parley.model.Step;
import org.parley.model.Tokens;

/**
 * Writes a {@link Document} as the analysis JSON object of {@code docs/analysis-json.md}: the article's fields in
 * the documented order, written by hand, then one field per layer in the order the pipeline added them, written
 * by the generic rules of {@link Shapes}. The JSON Schema is the hand-written article part
 * ({@link #SCHEMA_RESOURCE}) plus one generated definition per layer ({@link #schema}).
 */
public final class AnalysisJson {

    /** Classpath location of the article part of the JSON Schema (draft 2020-12). */
    public static final String SCHEMA_RESOURCE = "/org/parley/json/analysis.schema.json";

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnalysisJson() {
    }

    /**
     * One JSON object on one line (no trailing newline). Tokens are left out: they are kept in the store for further
     * analysis, but a consumer gets their words from {@code text} and the layers built on them.
     */
    public static String write(Document doc) {
        var out = new StringWriter(doc.text().length() * 2 + 256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(doc, g);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    /** Whether the analysis JSON carries this layer. */
    public static boolean written(Class<? extends Layer> type) {
        return type != Tokens.class;
    }

    /** The JSON Schema of one analysis object whose layers are among {@code layers}. */
    public static JsonNode schema(Collection<Class<? extends Layer>> layers) {
        ObjectNode schema;
        try (InputStream in = AnalysisJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            schema = (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the schema resource is part of this jar", e);
        }
        ObjectNode properties = (ObjectNode) schema.get("properties");
        layers.stream().filter(AnalysisJson::written).sorted(java.util.Comparator.comparing(Layer::nameOf))
                .forEach(type -> {
                    ObjectNode layer = (ObjectNode) Shapes.layerSchema(type);
                    layer.put("description", "layer '" + Layer.nameOf(type) + "' (" + type.getName() + ")");
                    properties.set(Layer.nameOf(type), layer);
                });
        // Layers are present when analysed; nothing else may appear at the top level.
        schema.put("additionalProperties", false);
        return schema;
    }

    private static void write(Document doc, JsonGenerator g) throws IOException {
        Article a = doc.article();
        String text = a.text();
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("source", a.source());
        optional(g, "outlet", a.outlet());
        optional(g, "agency", a.agency());
        optional(g, "url", a.url());
        optional(g, "title", a.title());
        optional(g, "published", a.published().map(Object::toString));
        g.writeStringField("publishedFrom", a.publishedFrom().label());
        optional(g, "fetched", a.fetched().map(Object::toString));
        g.writeStringField("language", a.language());
        g.writeStringField("text", text);
        if (a.headline().isPresent()) {
            span(g, "headline", a.headline().get());
        } else {
            g.writeNullField("headline");
        }
        span(g, "body", a.body());

        g.writeArrayFieldStart("problems");
        for (Problem p : doc.allProblems()) {
            g.writeStartObject();
            g.writeStringField("code", p.code());
            g.writeStringField("message", p.message());
            if (p.span().isPresent()) {
                g.writeNumberField("start", p.span().get().start());
                g.writeNumberField("end", p.span().get().end());
            }
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("analysis");
        for (Step step : doc.steps()) {
            g.writeStartObject();
            g.writeStringField("component", step.stamp().component());
            g.writeStringField("version", step.stamp().version());
            g.writeArrayFieldStart("layers");
            for (Layer layer : step.layers()) {
                g.writeString(Layer.nameOf(Document.typeOf(layer)));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();

        for (Layer layer : doc.layers().values()) {
            if (written(Document.typeOf(layer))) {
                g.writeFieldName(Layer.nameOf(Document.typeOf(layer)));
                Shapes.writeLayer(g, layer, text);
            }
        }
        g.writeEndObject();
    }

    /** Only the offsets: the headline's characters are {@code title}, the body's most of {@code text}. */
    private static void span(JsonGenerator g, String field, Span span) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeNumberField("start", span.start());
        g.writeNumberField("end", span.end());
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        } else {
            g.writeNullField(field);
        }
    }
}
