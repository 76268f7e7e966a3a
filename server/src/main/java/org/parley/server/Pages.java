package org.parley.server;

import static org.parley.server.Html.each;
import static org.parley.server.Html.t;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parley.model.Document;
import org.parley.server.Catalog.ArticleFilter;
import org.parley.server.Catalog.TimelineEntry;
import org.parley.server.Html.Safe;
import org.parley.store.ArticleSummary;
import org.parley.store.InvalidQueryException;
import org.parley.store.SearchHit;

/**
 * The HTML pages, written through {@link Html} templates only. Semantic elements, a label on every control, a skip
 * link, and the layers of an article both highlighted in its text and listed in tables a screen reader can walk.
 */
final class Pages {

    /** How the pages name the layers they know; a new layer shows under its own name until it gets one here. */
    private static final Map<String, String> LAYER_NAMES = Map.of("timexes", "Time expressions", "mentions",
            "Names", "statements", "Statements", "actors", "Actors", "events", "Events", "claims", "Claims",
            "narratives", "Narratives", "actorLinks", "Actor links");

    private Pages() {
    }

    static String layerName(String layer) {
        return LAYER_NAMES.getOrDefault(layer, layer);
    }

    static Safe layout(String title, String current, Safe body) {
        return t("""
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{} · Parley</title>
                <link rel="stylesheet" href="/assets/style.css">
                <script src="/assets/app.js" defer></script>
                </head>
                <body>
                <a class="skip" href="#main">Skip to content</a>
                <header class="top"><span class="brand">Parley</span>
                <nav aria-label="Main"><ul>{}{}{}{}{}{}{}</ul></nav></header>
                <main id="main" tabindex="-1">
                {}
                </main>
                <footer><p>Every date and name is tied to the characters of the article that support it.
                <a href="/openapi">API (OpenAPI)</a></p></footer>
                </body>
                </html>
                """, title, nav("/", "Articles", current), nav("/timeline", "Timeline", current),
                nav("/dates", "Dates", current), nav("/quotes", "Quotes", current), nav("/actors", "Actors", current),
                nav("/narratives", "Narratives", current), nav("/search", "Search", current), body);
    }

    private static Safe nav(String href, String label, String current) {
        return href.equals(current) ? t("<li><a href=\"{}\" aria-current=\"page\">{}</a></li>", href, label)
                : t("<li><a href=\"{}\">{}</a></li>", href, label);
    }

    static Safe error(int status, String error, String message) {
        return layout("Error " + status, "", t("""
                <h1>Error {}</h1>
                <p class="error" role="alert" data-error="{}">{}</p>
                <p><a href="/">Back to the articles</a></p>""", status, error, message));
    }

    // ---- the list of articles

    static Safe list(Catalog catalog, ArticleFilter f, int limit, int offset) {
        Catalog.Page<ArticleSummary> page;
        Safe problem = Html.EMPTY;
        try {
            page = catalog.articles(f, limit, offset);
        } catch (InvalidQueryException e) {
            // Said next to the form, which keeps what was typed, so it can be fixed.
            page = new Catalog.Page<>(List.of(), 0, limit, offset);
            problem = t("<p class=\"error\" role=\"alert\">{}</p>", e.getMessage());
        }
        TreeSet<String> layers = new TreeSet<>();
        page.items().forEach(s -> s.layers().keySet().stream().filter(l -> !Catalog.STRUCTURE.contains(l))
                .forEach(layers::add));
        Safe rows = each(page.items(), s -> t("<tr><td>{}</td><td><a href=\"/articles/{}\">{}</a></td><td>{}</td>"
                + "<td>{}</td>{}<td>{}</td></tr>", date(s.published()), s.id(), s.title().orElse("(untitled)"),
                s.outlet().orElse("—"), s.language(), each(layers, l -> t("<td class=\"num\">{}</td>", s.count(l))),
                s.problems()));
        Safe body = t("""
                <h1>Articles</h1>
                {}
                {}
                <p id="result-count" aria-live="polite">{} of {} articles</p>
                <table class="articles">
                <caption class="visually-hidden">Stored articles, newest first</caption>
                <thead><tr><th scope="col">Published</th><th scope="col">Title</th><th scope="col">Outlet</th>
                <th scope="col">Language</th>{}<th scope="col">Problems</th></tr></thead>
                <tbody>{}</tbody>
                </table>
                {}""", filters("/", catalog, f, Optional.empty()), problem, page.items().size(), page.total(),
                each(layers, l -> t("<th scope=\"col\">{}</th>", layerName(l))), rows,
                pager("/", f, Optional.empty(), limit, offset, page.total()));
        return layout("Articles", "/", body);
    }

    private static Safe filters(String action, Catalog catalog, ArticleFilter f, Optional<Optional<String>> kind) {
        Safe outlets = each(catalog.outlets(), o -> option(o.outlet(), o.outlet() + " (" + o.articles() + ")",
                f.outlet()));
        Safe languages = each(catalog.languages(), l -> option(l, l, f.language()));
        Safe kinds = kind.map(k -> t("""
                <div class="field"><label for="f-kind">Kind</label>
                <select id="f-kind" name="kind"><option value="">any</option>{}{}{}</select></div>""",
                option("timex", "dates in the text", k), option("published", "publication", k),
                option("event", "events", k))).orElse(Html.EMPTY);
        return t("""
                <form class="filters" method="get" action="{}" aria-label="Filter articles">
                <div class="field"><label for="f-q">Words</label>
                <input id="f-q" name="q" type="search" value="{}" placeholder="e.g. &quot;prisoner exchange&quot;"></div>
                <div class="field"><label for="f-outlet">Outlet</label>
                <select id="f-outlet" name="outlet"><option value="">any</option>{}</select></div>
                <div class="field"><label for="f-language">Language</label>
                <select id="f-language" name="language"><option value="">any</option>{}</select></div>
                {}
                {}
                <div class="actions"><button type="submit" id="apply">Apply</button> <a href="{}">Clear</a></div>
                </form>""", action, f.q().orElse(""), outlets, languages, dateRange(f.from(), f.to()), kinds, action);
    }

    /** The From and To fields of a filter form (a date or a partial one, as given). */
    static Safe dateRange(Optional<?> from, Optional<?> to) {
        return t("""
                <div class="field"><label for="f-from">From</label>
                <input id="f-from" name="from" type="date" value="{}"></div>
                <div class="field"><label for="f-to">To</label>
                <input id="f-to" name="to" type="date" value="{}"></div>""", from.map(Object::toString).orElse(""),
                to.map(Object::toString).orElse(""));
    }

    static Safe option(String value, String label, Optional<String> selected) {
        return selected.filter(value::equals).isPresent()
                ? t("<option value=\"{}\" selected>{}</option>", value, label)
                : t("<option value=\"{}\">{}</option>", value, label);
    }

    private static Safe pager(String path, ArticleFilter f, Optional<String> kind, int limit, int offset,
            long total) {
        List<Safe> links = new ArrayList<>();
        if (offset > 0) {
            links.add(t("<a rel=\"prev\" href=\"{}\">Newer</a>", href(path, f, kind, limit, Math.max(0,
                    offset - limit))));
        }
        if (offset + limit < total) {
            links.add(t("<a rel=\"next\" href=\"{}\">Older</a>", href(path, f, kind, limit, offset + limit)));
        }
        return links.isEmpty() ? Html.EMPTY : t("<nav class=\"pager\" aria-label=\"Pages\">{}</nav>",
                each(links, l -> l));
    }

    private static String href(String path, ArticleFilter f, Optional<String> kind, int limit, int offset) {
        Map<String, String> p = new LinkedHashMap<>();
        f.q().ifPresent(v -> p.put("q", v));
        f.outlet().ifPresent(v -> p.put("outlet", v));
        f.language().ifPresent(v -> p.put("language", v));
        f.from().ifPresent(v -> p.put("from", v.toString()));
        f.to().ifPresent(v -> p.put("to", v.toString()));
        kind.ifPresent(v -> p.put("kind", v));
        p.put("limit", Integer.toString(limit));
        p.put("offset", Integer.toString(offset));
        StringBuilder sb = new StringBuilder(path).append('?');
        p.forEach((k, v) -> sb.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8))
                .append('&'));
        return sb.substring(0, sb.length() - 1);
    }

    private static String date(Optional<LocalDate> d) {
        return d.map(Object::toString).orElse("undated");
    }

    // ---- one article

    /**
     * A highlighted item: one span of one layer, with what the layer says of it. {@code part} tells the spans of
     * one item apart (a statement's {@code cue} and {@code source}; empty for its content and for one-span items);
     * {@code group} names the item its spans share (a statement's id; empty for one-span items).
     */
    record Mark(String layer, String part, int start, int end, String label, String group) {
        Mark(String layer, int start, int end, String label) {
            this(layer, "", start, end, label, "");
        }

        /** The element id a link to this span uses: {@code statements-120}, {@code statements-cue-98}. */
        String anchor() {
            return cssName(layer) + (part.isEmpty() ? "" : "-" + part) + "-" + start;
        }
    }

    static Safe article(Document doc) {
        ObjectNode json = Catalog.analysis(doc);
        String text = doc.text();
        Map<String, List<JsonNode>> layers = new LinkedHashMap<>();
        json.fields().forEachRemaining(e -> {
            if (e.getValue().isArray() && !"problems".equals(e.getKey()) && !"analysis".equals(e.getKey())
                    && !Catalog.STRUCTURE.contains(e.getKey()) && isSpanLayer(e.getValue())) {
                List<JsonNode> items = new ArrayList<>();
                e.getValue().forEach(items::add);
                layers.put(e.getKey(), items);
            }
        });
        List<Mark> marks = new ArrayList<>();
        layers.forEach((name, items) -> items.forEach(i -> marks.add(new Mark(name, i.get("start").asInt(),
                i.get("end").asInt(), label(i)))));
        List<JsonNode> statements = new ArrayList<>();
        json.path("statements").forEach(statements::add);
        statements.forEach(st -> marks.addAll(StatementMarks.of(st)));
        marks.addAll(ReaderLayers.marks(doc));
        Map<String, Integer> legendLayers = new LinkedHashMap<>();
        layers.forEach((name, items) -> legendLayers.put(name, items.size()));
        if (json.path("statements").isArray()) {
            legendLayers.put("statements", statements.size());
        }
        legendLayers.putAll(ReaderLayers.counts(doc));
        var a = doc.article();
        Safe url = a.url().map(u -> Html.linkable(u)
                ? t("<a href=\"{}\" rel=\"noopener noreferrer nofollow\">{}</a>", u, u) : t("{}", u))
                .orElse(t("—"));
        Safe problems = doc.allProblems().isEmpty() ? t("<p>None.</p>")
                : t("<ul class=\"problems\">{}</ul>", each(doc.allProblems(), p -> t(
                        "<li><code>{}</code> {}{}</li>", p.code(), p.message(), p.span().map(s -> t(
                                " <a href=\"#at-{}\">(at characters {}–{})</a>", s.start(), s.start(), s.end()))
                                .orElse(Html.EMPTY))));
        Safe legend = legendLayers.isEmpty() ? t("<p>No layer to highlight: this article was not analysed.</p>")
                : t("""
                <fieldset class="legend"><legend>Highlight</legend>{}</fieldset>""", each(legendLayers.keySet(),
                        l -> t("<label><input type=\"checkbox\" checked data-layer=\"{}\"> <span class=\"swatch "
                                + "hl-{}\" aria-hidden=\"true\"></span> {} ({})</label>", cssName(l), cssName(l),
                                layerName(l), legendLayers.get(l))));
        Safe tables = Html.join(json.path("statements").isArray() ? StatementMarks.table(statements) : Html.EMPTY,
                StatementMarks.actors(json.path("actors")), each(layers.keySet(), l -> layerTable(l,
                        layers.get(l))), ReaderLayers.tables(doc));
        Safe body = t("""
                <article lang="{}">
                <h1 id="title">{}</h1>
                <dl class="facts">
                <dt>Published</dt><dd>{} <span class="muted">({})</span></dd>
                <dt>Outlet</dt><dd>{}</dd>
                <dt>Agency</dt><dd>{}</dd>
                <dt>URL</dt><dd class="url">{}</dd>
                <dt>Source</dt><dd class="url">{}</dd>
                <dt>Language</dt><dd>{}</dd>
                <dt>Id</dt><dd><code>{}</code> · <a href="/api/articles/{}">JSON</a></dd>
                </dl>
                <section aria-labelledby="problems-h"><h2 id="problems-h">Problems</h2>{}</section>
                <section aria-labelledby="text-h"><h2 id="text-h">Text</h2>
                {}
                <div class="text" id="text">{}</div>
                </section>
                {}
                </article>""", a.language(), a.title().orElse("(untitled)"), date(a.published()),
                a.publishedFrom().label(), a.outlet().orElse("—"), a.agency().orElse("—"), url, a.source(),
                a.language(), a.id(), a.id(), problems, legend, paragraphs(json, text, marks), tables);
        return layout(a.title().orElse("Article " + a.id()), "", body);
    }

    private static boolean isSpanLayer(JsonNode items) {
        for (JsonNode i : items) {
            if (!i.isObject() || !i.path("start").isInt() || !i.path("end").isInt()) {
                return false;
            }
        }
        return true;
    }

    /** What a layer says of one item, in a line: its fields other than the span, in their order. */
    private static String label(JsonNode item) {
        List<String> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext();) {
            var e = it.next();
            if (!List.of("start", "end", "text").contains(e.getKey()) && !e.getValue().isNull()) {
                parts.add(e.getKey() + " " + (e.getValue().isValueNode() ? e.getValue().asText()
                        : e.getValue().toString()));
            }
        }
        return String.join(", ", parts);
    }

    static String cssName(String layer) {
        return layer.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_-]", "_");
    }

    private static Safe layerTable(String layer, List<JsonNode> items) {
        List<String> columns = new ArrayList<>();
        items.forEach(i -> i.fieldNames().forEachRemaining(n -> {
            if (!columns.contains(n) && !List.of("start", "end", "text").contains(n)) {
                columns.add(n);
            }
        }));
        Safe rows = each(items, i -> t("<tr><td><a href=\"#{}-{}\">{}</a></td>{}<td class=\"num\">{}–{}</td></tr>",
                cssName(layer), i.get("start").asInt(), i.path("text").asText(""),
                each(columns, c -> "actorId".equals(c) && i.path(c).isTextual()
                        ? t("<td><a href=\"/actors/{}\">{}</a></td>", i.path(c).asText(), i.path(c).asText())
                        : t("<td>{}</td>", i.path(c).isValueNode() ? i.path(c).asText("") : i.path(c).toString())),
                i.get("start").asInt(), i.get("end").asInt()));
        return t("""
                <section aria-labelledby="layer-{}-h" class="layer"><h2 id="layer-{}-h">{}</h2>
                <table><thead><tr><th scope="col">Text</th>{}<th scope="col">Characters</th></tr></thead>
                <tbody>{}</tbody></table></section>""", cssName(layer), cssName(layer), layerName(layer),
                each(columns, c -> t("<th scope=\"col\">{}</th>", c)), rows);
    }

    /** The text by paragraph (one block when there is no paragraphs layer), with the marks inside. */
    private static Safe paragraphs(ObjectNode json, String text, List<Mark> marks) {
        List<int[]> blocks = new ArrayList<>();
        JsonNode paras = json.get("paragraphs");
        if (paras != null && paras.isArray() && paras.size() > 0) {
            paras.forEach(p -> blocks.add(new int[] {p.get("start").asInt(), p.get("end").asInt()}));
        } else {
            blocks.add(new int[] {0, text.length()});
        }
        // The headline leads the analysed text (its marks are the article's too): shown as its first paragraph.
        JsonNode headline = json.path("headline");
        int headlineEnd = headline.isObject() && headline.get("start").asInt() == 0 ? headline.get("end").asInt() : -1;
        return each(blocks, b -> t("<p id=\"at-{}\"{}>{}</p>", b[0], b[0] == 0 && b[1] == headlineEnd
                ? t(" class=\"headline\"") : Html.EMPTY, highlight(text, b[0], b[1], marks)));
    }

    /**
     * The characters [from, to) cut where any mark starts or ends; each piece inside marks becomes one
     * {@code <mark>} naming all of them, so overlapping layers (a name inside a quote) all show.
     */
    static Safe highlight(String text, int from, int to, List<Mark> marks) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        for (Mark m : marks) {
            if (m.end() > from && m.start() < to) {
                cuts.add(Math.max(from, m.start()));
                cuts.add(Math.min(to, m.end()));
            }
        }
        List<Safe> out = new ArrayList<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null) {
                int a = prev;
                List<Mark> on = marks.stream().filter(m -> m.start() <= a && m.end() >= cut && m.end() > m.start())
                        .toList();
                String piece = text.substring(a, cut);
                if (on.isEmpty()) {
                    out.add(t("{}", piece));
                } else {
                    TreeSet<String> names = new TreeSet<>();
                    TreeSet<String> classNames = new TreeSet<>();
                    on.forEach(m -> {
                        names.add(cssName(m.layer()));
                        classNames.add(cssName(m.layer()));
                        if (!m.part().isEmpty()) {
                            classNames.add(cssName(m.layer()) + "-" + m.part());
                        }
                    });
                    StringBuilder classes = new StringBuilder("hl");
                    classNames.forEach(n -> classes.append(" hl-").append(n));
                    // A statement's content keeps the element's own id (links to quotes land on the highlight);
                    // other spans starting here get an empty anchor just before it.
                    List<Mark> starting = on.stream().filter(m -> m.start() == a)
                            .sorted(java.util.Comparator.comparing((Mark m) -> !"statements".equals(m.layer())))
                            .toList();
                    List<String> ids = starting.stream().map(Mark::anchor).distinct().toList();
                    // The items (statements) this piece belongs to, so a script can light up all of a target's.
                    String groups = String.join(" ", on.stream().map(Mark::group).filter(g -> !g.isEmpty())
                            .distinct().toList());
                    String title = String.join("; ", on.stream().map(m -> layerName(m.layer())
                            + (m.label().isEmpty() ? "" : ": " + m.label())).toList());
                    ids.stream().skip(1).forEach(id -> out.add(t("<span id=\"{}\" class=\"anchor\"></span>", id)));
                    // A statement's first span can take the focus, so following a link to it moves there.
                    Optional<Mark> target = starting.stream().findFirst().filter(m -> !m.group().isEmpty());
                    Safe attributes = Html.join(
                            ids.isEmpty() ? Html.EMPTY : t(" id=\"{}\"", ids.get(0)),
                            target.isPresent() ? t(" tabindex=\"-1\"") : Html.EMPTY,
                            t(" class=\"{}\" data-layers=\"{}\"", classes.toString(), String.join(" ", names)),
                            groups.isEmpty() ? Html.EMPTY : t(" data-statements=\"{}\"", groups),
                            target.map(m -> t(" data-statement=\"{}\"", m.group())).orElse(Html.EMPTY),
                            t(" title=\"{}\"", title), evidenceOf(on));
                    out.add(t("<mark{}>{}</mark>", attributes, piece));
                }
            }
            prev = cut;
        }
        return each(out, s -> s);
    }

    /**
     * The evidence spans (of events and narratives) a piece belongs to, by the anchors that link to them, so a script
     * can light up every piece of the span a link followed.
     */
    private static Safe evidenceOf(List<Mark> on) {
        List<String> anchors = on.stream().filter(m -> ReaderLayers.EVIDENCE.contains(m.layer())).map(Mark::anchor)
                .distinct().toList();
        return anchors.isEmpty() ? Html.EMPTY : t(" data-evidence=\"{}\"", String.join(" ", anchors));
    }

    // ---- the dates the articles name

    static Safe timeline(Catalog catalog, ArticleFilter f, Optional<String> kind, int limit, int offset) {
        var page = catalog.timeline(f, kind, limit, offset);
        Map<String, List<TimelineEntry>> byDate = new TreeMap<>();
        page.items().forEach(e -> byDate.computeIfAbsent(e.date(), k -> new ArrayList<>()).add(e));
        Map<String, Integer> byMonth = new TreeMap<>();
        catalog.timeline(f, kind, Integer.MAX_VALUE, 0).items().forEach(e -> byMonth.merge(
                e.date().length() >= 7 ? e.date().substring(0, 7) : e.date(), 1, Integer::sum));
        int max = byMonth.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        Safe months = byMonth.isEmpty() ? Html.EMPTY : t("""
                <section aria-labelledby="months-h"><h2 id="months-h">By month</h2>
                <table class="months"><thead><tr><th scope="col">Month</th><th scope="col">Entries</th></tr></thead>
                <tbody>{}</tbody></table></section>""", each(byMonth.entrySet(), e -> t(
                "<tr><td><a href=\"{}\">{}</a></td><td><meter min=\"0\" max=\"{}\" value=\"{}\">{}</meter> {}</td>"
                        + "</tr>", monthHref(f, kind, e.getKey()), e.getKey(), max, e.getValue(), e.getValue(),
                e.getValue())));
        Safe days = each(byDate.entrySet(), d -> t("""
                <li><h3><time datetime="{}">{}</time></h3><ul>{}</ul></li>""", d.getKey(), d.getKey(),
                each(d.getValue(), Pages::timelineItem)));
        Safe body = t("""
                <h1>Dates</h1>
                <p>Dates named in the articles (time expressions with a calendar value) and the articles' publication
                dates{}.</p>
                {}
                <p id="result-count" aria-live="polite">{} of {} entries</p>
                {}
                <section aria-labelledby="entries-h"><h2 id="entries-h">Entries</h2>
                <ol class="timeline">{}</ol></section>
                {}""", catalog.hasLayer("events") ? t(", and the events found in them") : Html.EMPTY,
                filters("/dates", catalog, f, Optional.of(kind)), page.items().size(), page.total(), months, days,
                pager("/dates", f, kind, limit, offset, page.total()));
        return layout("Dates", "/dates", body);
    }

    private static String monthHref(ArticleFilter f, Optional<String> kind, String month) {
        if (month.length() != 7) {
            return href("/dates", f, kind, 200, 0);
        }
        var ym = java.time.YearMonth.parse(month);
        return href("/dates", new ArticleFilter(f.outlet(), f.language(), Optional.of(ym.atDay(1)),
                Optional.of(ym.atEndOfMonth()), f.q()), kind, 200, 0);
    }

    private static Safe timelineItem(TimelineEntry e) {
        String title = e.title() == null ? "(untitled)" : e.title();
        Safe outlet = e.outlet() == null ? Html.EMPTY : t(" <span class=\"muted\">({})</span>", e.outlet());
        if ("published".equals(e.kind())) {
            return t("<li class=\"published\"><span class=\"kind\">published</span> <a href=\"/articles/{}\">{}</a>{}"
                    + "</li>", e.article(), title, outlet);
        }
        String anchor = e.start() == null ? "" : "#" + ("event".equals(e.kind()) ? "events" : "timexes") + "-"
                + e.start();
        return t("<li class=\"{}\"><span class=\"kind\">{}</span> “{}” in <a href=\"/articles/{}{}\">{}</a>{}</li>",
                e.kind(), "event".equals(e.kind()) ? "event" : "named", e.text() == null ? "" : e.text(),
                e.article(), anchor, title, outlet);
    }

    // ---- search

    static Safe search(Catalog catalog, Optional<String> q, int limit) {
        Safe results = Html.EMPTY;
        if (q.isPresent()) {
            try {
                List<SearchHit> hits = catalog.search(q.get(), limit);
                results = t("""
                        <p id="result-count" aria-live="polite">{} results for <q>{}</q></p>
                        <ol class="hits">{}</ol>""", hits.size(), q.get(), each(hits, h -> t("""
                        <li><a href="/articles/{}">{}</a> <span class="muted">{}</span><p class="snippet">{}</p></li>""",
                        h.id(), h.title().orElse("(untitled)"), date(h.published()), h.snippet())));
            } catch (InvalidQueryException e) {
                results = t("<p class=\"error\" role=\"alert\">{}</p>", e.getMessage());
            }
        }
        Safe body = t("""
                <h1>Search</h1>
                <form class="filters" method="get" action="/search" role="search">
                <div class="field wide"><label for="s-q">Words or phrase</label>
                <input id="s-q" name="q" type="search" value="{}" aria-describedby="s-help"></div>
                <div class="actions"><button type="submit" id="search-button">Search</button></div>
                <p id="s-help" class="muted">Quotes for a phrase, AND / OR / NOT, a trailing * for a prefix,
                title:word for titles.</p>
                </form>
                {}""", q.orElse(""), results);
        return layout(q.map(v -> "Search: " + v).orElse("Search"), "/search", body);
    }

}
