package org.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parley.model.Document;
import org.parley.server.Catalog.ArticleFilter;

/** The few steps between a route and the catalog or the jobs that are more than one call. */
final class Lookup {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{4,16}");
    private static final Pattern ACTOR = Pattern.compile("[A-Za-z0-9:_.\\-]{1,100}");
    private static final Pattern LAYER = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    static final int MAX_POSTED_CHARS = 1_000_000;

    private Lookup() {
    }

    /** An article by id or by a unique prefix of at least 4 characters. */
    static Document document(Catalog catalog, String id) {
        if (!ID.matcher(id).matches()) {
            throw ApiException.badRequest("an article id is 4 to 16 lower-case hex digits, not '" + id + "'");
        }
        return catalog.document(id).or(() -> {
            List<String> ids = catalog.idsStartingWith(id);
            return ids.size() == 1 ? catalog.document(ids.get(0)) : Optional.empty();
        }).orElseThrow(() -> ApiException.notFound("no stored article has id " + id));
    }

    /** An actor with its articles and statements, by its id ({@code Q7747}, {@code parley:umerov}). */
    static Voices.ActorDetail actor(Catalog catalog, String id) {
        if (!ACTOR.matcher(id).matches()) {
            throw ApiException.badRequest("an actor id is 1 to 100 letters, digits and ':_.-', not '" + id + "'");
        }
        return catalog.voices().detail(id).orElseThrow(() -> ApiException.notFound("no stored article names an "
                + "actor with id " + id));
    }

    /** A stored timeline event by its id or a unique prefix of at least 4 characters. */
    static org.parley.model.TimelineEvent event(TimelineView timeline, String id) {
        if (!ACTOR.matcher(id).matches()) {
            throw ApiException.badRequest("an event id is 1 to 100 letters, digits and ':_.-', not '" + id + "'");
        }
        return timeline.event(id).orElseThrow(() -> ApiException.notFound("the stored timeline has no event " + id));
    }

    /** A layer's items across articles; when no article has the layer yet, empty with a note saying so. */
    static Map<String, Object> layer(Catalog catalog, String name, ArticleFilter f, int limit, int offset) {
        if (!LAYER.matcher(name).matches()) {
            throw ApiException.badRequest("a layer name is lower-case letters, digits and '_', not '" + name + "'");
        }
        var page = catalog.layer(name, f, limit, offset);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("layer", name);
        body.put("items", page.items());
        body.put("total", page.total());
        body.put("limit", page.limit());
        body.put("offset", page.offset());
        if (!catalog.hasLayer(name)) {
            body.put("note", "no stored article has the layer '" + name + "' yet; it appears here once the analysis "
                    + "adds it");
        }
        return body;
    }

    /** Reads the posted JSON ({"url": ...} or {"text": ..., "title": ..., "name": ...}) and queues the job. */
    static Jobs.Status ingest(Jobs jobs, UrlPolicy urls, Context ctx, String body) {
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw ApiException.badRequest("the body must be a JSON object {\"url\": ...} or {\"text\": ..., "
                    + "\"title\": ...}");
        }
        if (json == null || !json.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object {\"url\": ...} or {\"text\": ...}");
        }
        String url = string(json, "url");
        String text = string(json, "text");
        if ((url == null) == (text == null)) {
            throw ApiException.badRequest("give exactly one of 'url' (an article or a feed) and 'text'");
        }
        if (url != null) {
            return jobs.url(urls.check(url));
        }
        if (text.isBlank()) {
            throw ApiException.badRequest("'text' is empty");
        }
        if (text.length() > MAX_POSTED_CHARS) {
            throw ApiException.tooLarge("'text' is longer than " + MAX_POSTED_CHARS + " characters");
        }
        return jobs.text(Optional.ofNullable(string(json, "title")), Optional.ofNullable(string(json, "name")), text);
    }

    static void accepted(Context ctx, Jobs.Status job) {
        ctx.status(202).header("Location", "/api/jobs/" + job.id());
        Json.send(ctx, job);
    }

    private static String string(JsonNode json, String field) {
        JsonNode v = json.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiException.badRequest("'" + field + "' must be a string");
        }
        return v.asText();
    }
}
