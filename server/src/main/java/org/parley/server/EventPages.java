package org.parley.server;

import static org.parley.server.Html.each;
import static org.parley.server.Html.t;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.model.Document;
import org.parley.model.EventReport;
import org.parley.model.EventType;
import org.parley.model.Span;
import org.parley.model.TimelineEvent;
import org.parley.model.TimelineEvent.ActorRef;
import org.parley.server.Html.Safe;
import org.parley.server.TimelineView.Period;
import org.parley.server.TimelineView.Zoom;
import org.parley.store.TimelineQuery;

/**
 * The timeline of negotiation events (filters, zoom by year, month or day, counts per period) and the page of one
 * event with its reports, sources and contradictions. Every value comes from articles and is escaped by
 * {@link Html}; everything works with links and forms alone, so keyboard and screen reader need no script.
 */
final class EventPages {

    /** Most reports whose articles are read to quote their evidence on an event's page. */
    static final int QUOTED_REPORTS = 50;

    private EventPages() {
    }

    static String typeName(EventType type) {
        String s = type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String key(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    // ---- the timeline

    static Safe timeline(TimelineView view, TimelineQuery q, Optional<Zoom> zoom, int limit, int offset) {
        TimelineView.TimelinePage page = view.timeline(q, zoom, limit, offset);
        Zoom z = Zoom.valueOf(page.zoom().toUpperCase(Locale.ROOT));
        long max = page.periods().stream().mapToLong(Period::events).max().orElse(1);
        Safe periods = page.periods().isEmpty() ? (page.total() == 0 && isAll(q) ? t("<p id=\"no-events\">No event "
                + "is stored yet: the cross-article stage fills the timeline from the events the articles report.</p>")
                : t("<p id=\"no-events\">No event matches these filters.</p>")) : t("""
                <ol class="periods">{}</ol>{}""", each(page.periods(), p -> t(
                "<li><span class=\"period\">{}</span> <meter min=\"0\" max=\"{}\" value=\"{}\" aria-hidden=\"true\">"
                        + "</meter> <span class=\"count\">{} {}</span></li>",
                p.from().isEmpty() ? t("{}", p.period()) : t("<a href=\"{}\" data-period=\"{}\" aria-label=\"{}: "
                        + "zoom in\">{}</a>", href(new TimelineQuery(p.from(), p.to(), q.actor(), q.type(),
                                q.place()), Optional.of(z.in()), 100, 0), p.period(), p.period(), p.period()),
                max, p.events(), p.events(), p.events() == 1 ? "event" : "events")),
                page.periodsComplete() ? Html.EMPTY : t("<p class=\"muted\">Counted over the first {} events.</p>",
                        TimelineView.SCAN_CAP));
        // The listed events, grouped by the period they fall in at this zoom.
        Map<String, List<TimelineEvent>> grouped = new LinkedHashMap<>();
        page.items().forEach(e -> grouped.computeIfAbsent(e.date().filter(TimelineView::isDate).map(z::period)
                .orElse(TimelineView.UNDATED), k -> new ArrayList<>()).add(e));
        Safe events = each(grouped.entrySet(), g -> t("""
                <li class="period-group"><h3>{}</h3><ol class="events">{}</ol></li>""",
                TimelineView.UNDATED.equals(g.getKey()) ? t("Undated") : t("<time datetime=\"{}\">{}</time>",
                        g.getKey(), g.getKey()), each(g.getValue(), EventPages::eventItem)));
        Safe body = t("""
                <h1>Timeline</h1>
                <p>Negotiation events merged across the stored articles: what each report says, how many sources
                report it, and where they disagree.</p>
                {}
                {}
                <p id="result-count" aria-live="polite">{} of {} events</p>
                <section aria-labelledby="periods-h"><h2 id="periods-h">Events per {}</h2>{}</section>
                <section aria-labelledby="events-h"><h2 id="events-h">Events</h2>
                <ol class="timeline">{}</ol></section>
                {}""", form(view.choices(), q, zoom), zoomBar(q, z), page.items().size(), page.total(), z.key(),
                periods, events, pager(q, zoom, limit, offset, page.total()));
        return Pages.layout("Timeline", "/timeline", body);
    }

    private static boolean isAll(TimelineQuery q) {
        return q.equals(TimelineQuery.ALL);
    }

    private static Safe eventItem(TimelineEvent e) {
        return t("""
                <li class="event" data-type="{}"><a href="/events/{}">{}</a> <span class="status">{}</span>{}{}{}
                <span class="muted">· {}</span></li>""", key(e.type()), e.id(), typeName(e.type()), key(e.status()),
                when(e).map(w -> t(" · <time datetime=\"{}\">{}</time>", e.date().orElse(""), w))
                        .orElse(Html.EMPTY),
                e.place().map(p -> t(" · <span class=\"place\">{}</span>", p)).orElse(Html.EMPTY),
                e.parties().isEmpty() ? Html.EMPTY : t(" · <span class=\"parties\">{}</span>", String.join(", ",
                        e.parties().stream().map(ActorRef::name).toList())),
                sources(e));
    }

    private static String sources(TimelineEvent e) {
        return e.sources() + (e.sources() == 1 ? " source" : " sources") + ", " + e.independentSources()
                + " independent";
    }

    private static Optional<String> when(TimelineEvent e) {
        return e.date().map(d -> e.until().map(u -> d + " – " + u).orElse(d));
    }

    private static Safe form(TimelineView.Choices choices, TimelineQuery q, Optional<Zoom> zoom) {
        Safe actors = each(choices.actors(), a -> Pages.option(a.id(), a.name(), q.actor()));
        // An actor typed into the URL that no event names stays selected, so the form says what is applied.
        Safe typedActor = q.actor().filter(a -> choices.actors().stream().noneMatch(c -> c.id().equals(a)))
                .map(a -> Pages.option(a, a, q.actor())).orElse(Html.EMPTY);
        Safe types = each(List.of(EventType.values()), ty -> Pages.option(key(ty), typeName(ty),
                q.type().map(EventPages::key)));
        Safe places = each(choices.places(), p -> Pages.option(p, p, q.place()));
        Safe typedPlace = q.place().filter(p -> choices.places().stream().noneMatch(p::equalsIgnoreCase))
                .map(p -> Pages.option(p, p, q.place())).orElse(Html.EMPTY);
        Safe zooms = each(List.of(Zoom.values()), zz -> Pages.option(zz.key(), zz.key() + "s",
                zoom.map(Zoom::key)));
        return t("""
                <form class="filters" method="get" action="/timeline" aria-label="Filter events">
                {}
                <div class="field"><label for="f-actor">Actor</label>
                <select id="f-actor" name="actor"><option value="">any</option>{}{}</select></div>
                <div class="field"><label for="f-type">Type</label>
                <select id="f-type" name="type"><option value="">any</option>{}</select></div>
                <div class="field"><label for="f-place">Place</label>
                <select id="f-place" name="place"><option value="">any</option>{}{}</select></div>
                <div class="field"><label for="f-zoom">Count by</label>
                <select id="f-zoom" name="zoom"><option value="">the range</option>{}</select></div>
                <div class="actions"><button type="submit" id="apply">Apply</button> <a href="/timeline">Clear</a></div>
                </form>""", Pages.dateRange(q.from(), q.to()),
                actors, typedActor, types, places, typedPlace, zooms);
    }

    /** Years, months, days; and a step out to a wider range when a range is set. */
    private static Safe zoomBar(TimelineQuery q, Zoom current) {
        Safe levels = each(List.of(Zoom.values()), z -> z == current
                ? t("<li><a href=\"{}\" aria-current=\"true\" id=\"zoom-{}\">{}s</a></li>", href(q, Optional.of(z),
                        100, 0), z.key(), z.key())
                : t("<li><a href=\"{}\" id=\"zoom-{}\">{}s</a></li>", href(q, Optional.of(z), 100, 0), z.key(),
                        z.key()));
        Optional<TimelineQuery> wider = widen(q);
        Safe out = wider.map(w -> t("<li><a href=\"{}\" id=\"zoom-out\" rel=\"up\">Zoom out</a></li>", href(w,
                Optional.of(current == Zoom.DAY ? Zoom.MONTH : Zoom.YEAR), 100, 0))).orElse(Html.EMPTY);
        return t("<nav class=\"zoom\" aria-label=\"Zoom\"><ul><li class=\"muted\">Count by</li>{}{}</ul></nav>",
                levels, out);
    }

    /** The range one step wider: a day or a month widens to its year, a year or more to no range at all. */
    static Optional<TimelineQuery> widen(TimelineQuery q) {
        if (q.from().isEmpty() && q.to().isEmpty()) {
            return Optional.empty();
        }
        LocalDate from = q.from().orElse(q.to().get());
        LocalDate to = q.to().orElse(from);
        boolean withinYear = from.getYear() == to.getYear()
                && !(from.getDayOfYear() == 1 && to.equals(from.withMonth(12).withDayOfMonth(31)));
        Optional<LocalDate> f = withinYear ? Optional.of(from.withDayOfYear(1)) : Optional.empty();
        Optional<LocalDate> t = withinYear ? Optional.of(from.withMonth(12).withDayOfMonth(31)) : Optional.empty();
        return Optional.of(new TimelineQuery(f, t, q.actor(), q.type(), q.place()));
    }

    private static Safe pager(TimelineQuery q, Optional<Zoom> zoom, int limit, int offset, long total) {
        List<Safe> links = new ArrayList<>();
        if (offset > 0) {
            links.add(t("<a rel=\"prev\" href=\"{}\">Earlier</a>", href(q, zoom, limit, Math.max(0, offset - limit))));
        }
        if (offset + limit < total) {
            links.add(t("<a rel=\"next\" href=\"{}\">Later</a>", href(q, zoom, limit, offset + limit)));
        }
        return links.isEmpty() ? Html.EMPTY : t("<nav class=\"pager\" aria-label=\"Pages\">{}</nav>",
                each(links, l -> l));
    }

    static String href(TimelineQuery q, Optional<Zoom> zoom, int limit, int offset) {
        Map<String, String> p = new LinkedHashMap<>();
        q.from().ifPresent(v -> p.put("from", v.toString()));
        q.to().ifPresent(v -> p.put("to", v.toString()));
        q.actor().ifPresent(v -> p.put("actor", v));
        q.type().ifPresent(v -> p.put("type", key(v)));
        q.place().ifPresent(v -> p.put("place", v));
        zoom.ifPresent(v -> p.put("zoom", v.key()));
        if (offset > 0) {
            p.put("limit", Integer.toString(limit));
            p.put("offset", Integer.toString(offset));
        }
        return VoicePages.href("/timeline", p);
    }

    // ---- one event

    static Safe event(Catalog catalog, TimelineEvent e) {
        // The reported articles' texts, to quote each report's evidence where it stands.
        Map<String, String> texts = new HashMap<>();
        e.reports().stream().limit(QUOTED_REPORTS).map(EventReport::article).distinct().forEach(id -> catalog
                .document(id).map(Document::text).ifPresent(text -> texts.put(id, text)));
        Map<String, EventReport> byArticle = new HashMap<>();
        e.reports().forEach(r -> byArticle.putIfAbsent(r.article(), r));
        Map<String, Long> outlets = new LinkedHashMap<>();
        e.reports().forEach(r -> outlets.merge(r.outlet().orElse("(no outlet)"), 1L, Long::sum));
        String title = typeName(e.type()) + e.place().map(p -> " in " + p).orElse("") + when(e).map(w -> ", " + w)
                .orElse("");
        Safe first = e.firstReport().map(a -> articleLink(a, byArticle.get(a))).orElse(t("unknown: no report is "
                + "dated"));
        Safe reports = each(e.reports(), r -> t("""
                <tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>""",
                r.published().map(Object::toString).orElse("undated"), r.outlet().orElse("—"), articleLink(r.article(),
                        r), says(r), evidence(r, texts.get(r.article()))));
        Safe contradictions = e.contradictions().isEmpty() ? t("<p>None: the reports agree.</p>") : t("""
                <table class="contradictions"><thead><tr><th scope="col">On</th><th scope="col">Versions</th></tr>
                </thead><tbody>{}</tbody></table>""", each(e.contradictions(), c -> t(
                "<tr><th scope=\"row\">{}</th><td><ul>{}</ul></td></tr>", c.field(), each(c.versions(), v -> t(
                        "<li><strong>{}</strong>: {}</li>", v.value(), each(v.articles(), a -> t("{} ",
                                articleLink(a, byArticle.get(a)))))))));
        Safe body = t("""
                <article class="event-page">
                <h1 id="event-title">{}</h1>
                <dl class="facts">
                <dt>Type</dt><dd id="event-type">{}</dd>
                <dt>Status</dt><dd>{}{}</dd>
                <dt>Date</dt><dd>{}</dd>
                <dt>Place</dt><dd>{}</dd>
                <dt>Parties</dt><dd>{}</dd>
                <dt>Mediators</dt><dd>{}</dd>
                <dt>Numbers</dt><dd>{}</dd>
                <dt>Sources</dt><dd id="event-sources">{} {} from {}</dd>
                <dt>Independent sources</dt><dd id="event-independent">{}</dd>
                <dt>First report</dt><dd id="event-first">{}</dd>
                <dt>Id</dt><dd><code>{}</code> · <a href="/api/events/{}">JSON</a></dd>
                </dl>
                <section aria-labelledby="reports-h"><h2 id="reports-h">Reports</h2>
                <table class="reports"><caption class="visually-hidden">Each article's report, first report
                first</caption><thead><tr><th scope="col">Published</th><th scope="col">Outlet</th>
                <th scope="col">Article</th><th scope="col">Says</th><th scope="col">Evidence</th></tr></thead>
                <tbody>{}</tbody></table></section>
                <section aria-labelledby="contradictions-h"><h2 id="contradictions-h">Contradictions</h2>{}</section>
                <p><a href="/timeline">Back to the timeline</a></p>
                </article>""", title, t("<a href=\"{}\">{}</a>", href(only(Optional.empty(), Optional.of(e.type())),
                        Optional.empty(), 100, 0), typeName(e.type())), key(e.status()),
                e.detail().map(d -> t(" ({})", d)).orElse(Html.EMPTY), when(e).orElse("undated"),
                e.place().map(p -> t("<a href=\"{}\">{}</a>", href(only(Optional.of(p), Optional.empty()),
                        Optional.empty(), 100, 0), p)).orElse(t("—")),
                actors(e.parties()), actors(e.mediators()), counts(e.quantities()), e.sources(),
                e.sources() == 1 ? "article" : "articles", each(outlets.entrySet(), o -> t(
                        "<span class=\"outlet\">{} ({})</span> ", o.getKey(), o.getValue())),
                e.independentSources(), first, e.id(), e.id(), reports, contradictions);
        return Pages.layout(title, "/timeline", body);
    }

    /** The timeline filtered by one place or one type: where the event page's facts lead. */
    private static TimelineQuery only(Optional<String> place, Optional<EventType> type) {
        return new TimelineQuery(Optional.empty(), Optional.empty(), Optional.empty(), type, place);
    }

    private static Safe articleLink(String article, EventReport report) {
        String title = report == null ? article : report.title().orElse("(untitled)");
        String anchor = report == null ? "" : "#events-" + report.evidence().get(0).start();
        return t("<a class=\"to-article\" href=\"/articles/{}{}\">{}</a>", article, anchor, title);
    }

    private static Safe says(EventReport r) {
        List<String> parts = new ArrayList<>();
        parts.add(key(r.status()));
        r.date().ifPresent(parts::add);
        r.place().ifPresent(parts::add);
        r.quantities().forEach(c -> parts.add(c.value() + " " + c.what()));
        return t("{}", String.join(" · ", parts));
    }

    private static Safe evidence(EventReport r, String text) {
        return each(r.evidence(), s -> t("<a class=\"evidence\" href=\"/articles/{}#events-{}\">{}</a> ",
                r.article(), s.start(), quote(text, s)));
    }

    private static String quote(String text, Span s) {
        if (text == null || s.end() > text.length()) {
            return "characters " + s.start() + "–" + s.end();
        }
        return "“" + text.substring(s.start(), s.end()) + "”";
    }

    private static Safe actors(List<ActorRef> actors) {
        return actors.isEmpty() ? t("—") : t("<ul class=\"inline\">{}</ul>", each(actors, a -> t(
                "<li><a href=\"/actors/{}\">{}</a></li>", a.id(), a.name())));
    }

    private static Safe counts(List<TimelineEvent.Count> counts) {
        return counts.isEmpty() ? t("—") : t("{}", String.join(", ", counts.stream().map(c -> c.value() + " "
                + c.what()).toList()));
    }
}
