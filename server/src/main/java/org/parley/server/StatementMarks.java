package org.parley.server;

import static org.parley.server.Html.each;
import static org.parley.server.Html.t;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.parley.server.Html.Safe;
import org.parley.server.Pages.Mark;

/**
 * The reader's view of an article's statements and actors: a statement's content, cue and source as three kinds of
 * highlight, a table that lists each statement with links to its spans (the way a keyboard or a screen reader
 * walks them), and the actors the article names with links to their pages.
 */
final class StatementMarks {

    private StatementMarks() {
    }

    /** The highlights of one statement as the analysis JSON writes it; none for a malformed one. */
    static List<Mark> of(JsonNode st) {
        List<Mark> marks = new ArrayList<>();
        String who = speaker(st);
        String kind = st.path("kind").asText("statement").toLowerCase(java.util.Locale.ROOT);
        // The id groups the spans; an id the analysis left out falls back to the first content span.
        String id = st.path("id").asText("st-at-" + st.path("content").path(0).path("start").asInt());
        st.path("content").forEach(c -> span(c, "", kind + " statement by " + who, id, marks));
        span(st.path("cue"), "cue", "cue of a statement by " + who, id, marks);
        span(st.path("source"), "source", "source of a statement: " + who, id, marks);
        return marks;
    }

    private static void span(JsonNode s, String part, String label, String id, List<Mark> into) {
        if (s.path("start").isInt() && s.path("end").isInt() && s.get("end").asInt() > s.get("start").asInt()) {
            into.add(new Mark("statements", part, s.get("start").asInt(), s.get("end").asInt(), label, id));
        }
    }

    /** Who said it, as a line: the resolved speaker's name, else the source's words. */
    static String speaker(JsonNode st) {
        JsonNode sp = st.path("speaker");
        if (sp.path("name").isTextual()) {
            return sp.get("name").asText();
        }
        return st.path("source").path("text").isTextual() ? st.path("source").get("text").asText() : "unattributed";
    }

    static Safe table(List<JsonNode> statements) {
        if (statements.isEmpty()) {
            return t("""
                    <section aria-labelledby="layer-statements-h" class="layer"><h2 id="layer-statements-h">Statements\
                    </h2><p>The analysis found no statement in this article.</p></section>""");
        }
        Safe rows = each(statements, st -> {
            JsonNode first = st.path("content").path(0);
            JsonNode sp = st.path("speaker");
            Safe speaker = sp.path("actorId").isTextual()
                    ? t("<a href=\"/actors/{}\">{}</a>", sp.get("actorId").asText(), sp.path("name").asText(""))
                    : t("<span class=\"muted\">not resolved</span>");
            JsonNode src = st.path("source");
            Safe source = src.path("start").isInt()
                    ? t("<a href=\"#statements-source-{}\">{}</a>", src.get("start").asInt(), src.path("text").asText(""))
                    : t("—");
            JsonNode cue = st.path("cue");
            List<String> pieces = new ArrayList<>();
            st.path("content").forEach(c -> pieces.add(c.path("text").asText("")));
            return t("""
                    <tr id="statement-{}"><td>{}</td><td>{}</td><td><a href="#statements-cue-{}">{}</a></td>\
                    <td><a class="said" href="#statements-{}">{}</a></td><td>{}</td><td>{}</td></tr>""",
                    st.path("id").asText(""), speaker, source, cue.path("start").asInt(), cue.path("text").asText(""),
                    first.path("start").asInt(), String.join(" … ", pieces), st.path("kind").asText(""),
                    st.path("saidOn").isTextual() ? st.get("saidOn").asText() : "—");
        });
        return t("""
                <section aria-labelledby="layer-statements-h" class="layer"><h2 id="layer-statements-h">Statements</h2>
                <table class="statements"><caption class="visually-hidden">Statements in the order of the text; each \
                link moves to its words in the text</caption>
                <thead><tr><th scope="col">Speaker</th><th scope="col">Source</th><th scope="col">Cue</th>\
                <th scope="col">What was said</th><th scope="col">Kind</th><th scope="col">Said on</th></tr></thead>
                <tbody>{}</tbody></table></section>""", rows);
    }

    /** The actors the article names, each linked to its page; nothing when the layer is absent. */
    static Safe actors(JsonNode actors) {
        if (!actors.isArray() || actors.isEmpty()) {
            return Html.EMPTY;
        }
        List<JsonNode> items = new ArrayList<>();
        actors.forEach(a -> {
            if (a.path("id").isTextual()) {
                items.add(a);
            }
        });
        return t("""
                <section aria-labelledby="actors-h" class="layer"><h2 id="actors-h">Actors</h2>
                <ul class="actors-named">{}</ul></section>""", each(items, a -> t(
                "<li><a href=\"/actors/{}\">{}</a> <span class=\"muted\">{}</span></li>", a.get("id").asText(),
                a.path("name").asText(a.get("id").asText()), a.path("kind").asText("").toLowerCase(
                        java.util.Locale.ROOT))));
    }
}
