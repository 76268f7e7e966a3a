package org.parley.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.parley.model.Article;
import org.parley.model.Document;
import org.parley.model.Layer;
import org.parley.model.Problem;
import org.parley.model.Stamp;
import org.parley.model.Step;

/**
 * A whole {@link Document} as one line of JSON and back, nothing lost: the article as its record, and each step with
 * its stamp, its problems and its layers (tokens too) by their type, by the rules of {@link Shapes}. The analysis JSON
 * ({@link AnalysisJson}) is for readers and leaves tokens out and merges problems; this form is for moving analysed
 * documents between Parley's own processes (the Spark job's output into a store) and reads back equal.
 *
 * <pre>{@code {"article": {...}, "steps": [{"component", "version", "problems": [...],
 *     "layers": [{"type": "org.parley.model.Sentences", "data": {...}}]}]}}</pre>
 */
public final class DocumentJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DocumentJson() {
    }

    /** One JSON object on one line (no trailing newline); the same document always gives the same bytes. */
    public static String write(Document doc) {
        var out = new StringWriter(doc.text().length() * 4 + 256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeFieldName("article");
            Shapes.write(g, doc.article(), Article.class, null);
            g.writeArrayFieldStart("steps");
            for (Step step : doc.steps()) {
                g.writeStartObject();
                g.writeStringField("component", step.stamp().component());
                g.writeStringField("version", step.stamp().version());
                g.writeArrayFieldStart("problems");
                for (Problem p : step.problems()) {
                    Shapes.write(g, p, Problem.class, null);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("layers");
                for (Layer layer : step.layers()) {
                    g.writeStartObject();
                    g.writeStringField("type", Document.typeOf(layer).getName());
                    g.writeFieldName("data");
                    Shapes.writeLayer(g, layer, null);
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    /**
     * Reads a line written by {@link #write}.
     *
     * @throws IllegalArgumentException naming what does not fit: not JSON, a missing part, a layer type this Parley
     *                                  does not have, a record whose shape changed
     */
    public static Document read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("article").isObject() || !root.path("steps").isArray()) {
            throw new IllegalArgumentException("not a Parley document: an object with article and steps expected");
        }
        try {
            Article article = (Article) Shapes.read(root.get("article"), Article.class);
            var steps = new ArrayList<Step>();
            for (JsonNode s : root.get("steps")) {
                var problems = new ArrayList<Problem>();
                s.path("problems").forEach(p -> problems.add((Problem) Shapes.read(p, Problem.class)));
                var layers = new ArrayList<Layer>();
                for (JsonNode l : s.path("layers")) {
                    layers.add(Shapes.readLayer(LayerCodec.type(l.path("type").asText()), l.get("data")));
                }
                steps.add(new Step(new Stamp(s.path("component").asText(), s.path("version").asText()),
                        List.copyOf(layers), List.copyOf(problems)));
            }
            return new Document(article, steps);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("document does not fit this Parley's records: " + e.getMessage(), e);
        }
    }
}
