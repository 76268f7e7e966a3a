package org.parley.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.parley.model.Article;
import org.parley.model.Document;
import org.parley.model.Mention;
import org.parley.model.Mentions;
import org.parley.model.Problem;
import org.parley.model.Span;
import org.parley.model.Timex;
import org.parley.model.Timexes;

/**
 * Writes a {@link Document} as the analysis JSON object of {@code docs/analysis-json.md}. Fields are written by hand,
 * in the documented order, so the contract cannot drift with a record's shape; the JSON Schema in this module's
 * resources ({@link #SCHEMA_RESOURCE}) is tested against this output.
 */
public final class AnalysisJson {

    /** Classpath location of the JSON Schema (draft 2020-12) of one analysis object. */
    public static final String SCHEMA_RESOURCE = "/org/parley/json/analysis.schema.json";

    private static final JsonFactory FACTORY = new JsonFactory();

    private AnalysisJson() {
    }

    /** One JSON object on one line (no trailing newline). */
    public static String write(Document doc) {
        var out = new StringWriter(doc.text().length() * 2 + 256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(doc, g);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    public static InputStream schema() {
        return AnalysisJson.class.getResourceAsStream(SCHEMA_RESOURCE);
    }

    private static void write(Document doc, JsonGenerator g) throws IOException {
        Article a = doc.article();
        String text = a.text();
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("source", a.source());
        optional(g, "outlet", a.outlet());
        optional(g, "url", a.url());
        optional(g, "title", a.title());
        optional(g, "published", a.published().map(Object::toString));
        g.writeStringField("publishedFrom", a.publishedFrom().label());
        g.writeStringField("language", a.language());
        g.writeStringField("text", text);

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

        g.writeArrayFieldStart("timexes");
        for (Timex t : doc.find(Timexes.class).map(Timexes::items).orElse(java.util.List.of())) {
            g.writeStartObject();
            span(g, t.span(), text);
            g.writeStringField("type", t.type().name());
            g.writeStringField("value", t.value());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("mentions");
        for (Mention m : doc.find(Mentions.class).map(Mentions::items).orElse(java.util.List.of())) {
            g.writeStartObject();
            span(g, m.span(), text);
            g.writeStringField("kind", m.kind().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void span(JsonGenerator g, Span s, String text) throws IOException {
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeStringField("text", s.of(text));
    }

    private static void optional(JsonGenerator g, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        } else {
            g.writeNullField(field);
        }
    }
}
