package org.parley.server;

import static org.parley.server.Html.each;
import static org.parley.server.Html.t;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.server.Html.Safe;
import org.parley.server.Voices.ActorDetail;
import org.parley.server.Voices.ActorSummary;
import org.parley.server.Voices.Quote;
import org.parley.server.Voices.QuoteFilter;

/**
 * The pages about people: the quote browser by speaker, the list of actors and one actor's page. Written through
 * {@link Html} templates only, so names and quotes from articles stay text.
 */
final class VoicePages {

    private VoicePages() {
    }

    // ---- the quote browser

    static Safe quotes(Catalog catalog, QuoteFilter f, int limit, int offset) {
        Voices voices = catalog.voices();
        var page = voices.quotes(f, limit, offset);
        Optional<ActorSummary> speaker = f.speaker().flatMap(voices::actor);
        List<ActorSummary> speakers = voices.speakers();
        long all = voices.quotes(QuoteFilter.NONE, 1, 0).total();
        Safe everyone = f.speaker().isEmpty()
                ? t("<li><a href=\"/quotes\" aria-current=\"true\">Everyone</a> <span class=\"count\">{}</span></li>",
                        all)
                : t("<li><a href=\"/quotes\">Everyone</a> <span class=\"count\">{}</span></li>", all);
        Safe list = each(speakers, a -> f.speaker().filter(a.id()::equals).isPresent()
                ? t("<li><a href=\"{}\" aria-current=\"true\">{}</a> <span class=\"count\">{}</span></li>",
                        href("/quotes", Map.of("speaker", a.id())), a.name(), a.statements())
                : t("<li><a href=\"{}\">{}</a> <span class=\"count\">{}</span></li>",
                        href("/quotes", Map.of("speaker", a.id())), a.name(), a.statements()));
        Safe unattributed = voices.unattributed() == 0 ? Html.EMPTY
                : t("<p class=\"muted\">{} of them not attributed to a known speaker.</p>",
                        voices.unattributed());
        String heading = speaker.map(a -> "Quotes of " + a.name())
                .orElse(f.speaker().map(s -> "Quotes of " + s).orElse("All quotes"));
        Safe actorLink = speaker.map(a -> t(" <a href=\"/actors/{}\">About {}</a>", a.id(), a.name()))
                .orElse(Html.EMPTY);
        Safe body = t("""
                <h1>Quotes</h1>
                <p>What the articles report people and institutions said, by speaker: each quote links to the
                article, where it is highlighted.</p>
                <div class="two-columns">
                <nav class="speakers" aria-labelledby="speakers-h"><h2 id="speakers-h">Speakers</h2>
                <ul>{}{}</ul>{}</nav>
                <section aria-labelledby="quotes-h"><h2 id="quotes-h">{}</h2>{}
                {}
                <p id="result-count" aria-live="polite">{} of {} quotes</p>
                <ol class="quotes">{}</ol>
                {}
                </section>
                </div>""", everyone, list, unattributed, heading, actorLink, filters(speakers, f), page.items().size(),
                page.total(), each(page.items(), q -> quote(q, true)), pager(f, limit, offset, page.total()));
        return Pages.layout(heading, "/quotes", body);
    }

    private static Safe filters(List<ActorSummary> speakers, QuoteFilter f) {
        Safe options = each(speakers, a -> f.speaker().filter(a.id()::equals).isPresent()
                ? t("<option value=\"{}\" selected>{} ({})</option>", a.id(), a.name(), a.statements())
                : t("<option value=\"{}\">{} ({})</option>", a.id(), a.name(), a.statements()));
        return t("""
                <form class="filters" method="get" action="/quotes" aria-label="Filter quotes">
                <div class="field"><label for="f-speaker">Speaker</label>
                <select id="f-speaker" name="speaker"><option value="">anyone</option>{}</select></div>
                <div class="field"><label for="f-q">Words</label>
                <input id="f-q" name="q" type="search" value="{}"></div>
                {}
                <div class="actions"><button type="submit" id="apply">Apply</button> <a href="/quotes">Clear</a></div>
                </form>""", options, f.q().orElse(""), Pages.dateRange(f.from(), f.to()));
    }

    /** One quote: its words, who said them and where; {@code withSpeaker} false on the speaker's own page. */
    static Safe quote(Quote q, boolean withSpeaker) {
        Safe who = q.speaker().map(s -> t("<a class=\"speaker\" href=\"/actors/{}\">{}</a>", s.actorId(), s.name()))
                .orElse(t("<span class=\"speaker\">{}</span>", q.source().map(Voices.Text::text)
                        .orElse("unattributed")));
        Safe source = q.source().filter(s -> q.speaker().filter(sp -> sp.name().equals(s.text())).isEmpty())
                .map(s -> t(" <span class=\"source\">(“{}”)</span>", s.text())).orElse(Html.EMPTY);
        Safe date = q.date().map(d -> t(", <time datetime=\"{}\">{}</time>", d, d)).orElse(Html.EMPTY);
        Safe byLine = withSpeaker ? t("{}{} <span class=\"cue\">{}</span>", who, source, q.cue().text())
                : t("<span class=\"cue\">{}</span>{}", q.cue().text(), source);
        return t("""
                <li class="quote" data-speaker="{}" data-kind="{}"><blockquote>{}</blockquote>
                <p class="attribution">— {}{} · <a class="to-article" href="/articles/{}#statements-{}">{}</a>{}</p>
                </li>""", q.speaker().map(Voices.Speaker::actorId).orElse(""), q.kind(), q.text(), byLine, date,
                q.article(), q.anchor(), q.title().orElse("(untitled)"),
                q.outlet().map(o -> t(" <span class=\"muted\">({})</span>", o)).orElse(Html.EMPTY));
    }

    private static Safe pager(QuoteFilter f, int limit, int offset, long total) {
        List<Safe> links = new ArrayList<>();
        Map<String, String> p = new LinkedHashMap<>();
        f.speaker().ifPresent(v -> p.put("speaker", v));
        f.q().ifPresent(v -> p.put("q", v));
        f.from().ifPresent(v -> p.put("from", v.toString()));
        f.to().ifPresent(v -> p.put("to", v.toString()));
        p.put("limit", Integer.toString(limit));
        if (offset > 0) {
            p.put("offset", Integer.toString(Math.max(0, offset - limit)));
            links.add(t("<a rel=\"prev\" href=\"{}\">Newer</a>", href("/quotes", p)));
        }
        if (offset + limit < total) {
            p.put("offset", Integer.toString(offset + limit));
            links.add(t("<a rel=\"next\" href=\"{}\">Older</a>", href("/quotes", p)));
        }
        return links.isEmpty() ? Html.EMPTY : t("<nav class=\"pager\" aria-label=\"Pages\">{}</nav>",
                each(links, l -> l));
    }

    // ---- actors

    static Safe actors(Catalog catalog, Optional<String> q, Optional<String> kind, int limit, int offset) {
        var page = catalog.voices().actors(q, kind, limit, offset);
        Safe rows = each(page.items(), a -> t("""
                <tr><td><a href="/actors/{}">{}</a></td><td>{}</td><td>{}</td><td class="num">{}</td>\
                <td class="num">{}</td></tr>""", a.id(), a.name(), a.kind().orElse("—"), String.join(", ",
                a.aliases()), a.articles(), a.statements()));
        List<Safe> links = new ArrayList<>();
        Map<String, String> p = new LinkedHashMap<>();
        q.ifPresent(v -> p.put("q", v));
        kind.ifPresent(v -> p.put("kind", v));
        p.put("limit", Integer.toString(limit));
        if (offset > 0) {
            p.put("offset", Integer.toString(Math.max(0, offset - limit)));
            links.add(t("<a rel=\"prev\" href=\"{}\">Previous</a>", href("/actors", p)));
        }
        if (offset + limit < page.total()) {
            p.put("offset", Integer.toString(offset + limit));
            links.add(t("<a rel=\"next\" href=\"{}\">Next</a>", href("/actors", p)));
        }
        Safe pager = links.isEmpty() ? Html.EMPTY : t("<nav class=\"pager\" aria-label=\"Pages\">{}</nav>",
                each(links, l -> l));
        Safe body = t("""
                <h1>Actors</h1>
                <p>The people, states, organizations and delegations the articles name, most quoted first.</p>
                <form class="filters" method="get" action="/actors" role="search" aria-label="Find actors">
                <div class="field"><label for="a-q">Name or alias</label>
                <input id="a-q" name="q" type="search" value="{}"></div>
                <div class="field"><label for="a-kind">Kind</label>
                <select id="a-kind" name="kind"><option value="">any</option>{}</select></div>
                <div class="actions"><button type="submit" id="apply">Find</button> <a href="/actors">Clear</a></div>
                </form>
                <p id="result-count" aria-live="polite">{} of {} actors</p>
                <table class="actors">
                <caption class="visually-hidden">Actors, most quoted first</caption>
                <thead><tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Also called</th>
                <th scope="col">Articles</th><th scope="col">Statements</th></tr></thead>
                <tbody>{}</tbody>
                </table>
                {}""", q.orElse(""), each(List.of("PERSON", "STATE", "ORG", "DELEGATION"), k -> kind
                .filter(k::equalsIgnoreCase).isPresent() ? t("<option value=\"{}\" selected>{}</option>", k,
                        k.toLowerCase(java.util.Locale.ROOT)) : t("<option value=\"{}\">{}</option>", k,
                        k.toLowerCase(java.util.Locale.ROOT))), page.items().size(), page.total(), rows, pager);
        return Pages.layout("Actors", "/actors", body);
    }

    static Safe actor(ActorDetail d) {
        ActorSummary a = d.actor();
        Safe aliases = a.aliases().isEmpty() ? t("—") : t("<ul class=\"inline\">{}</ul>", each(a.aliases(),
                al -> t("<li>{}</li>", al)));
        Safe statements = d.statements().isEmpty() ? t("<p>No statement is attributed to {} yet.</p>", a.name())
                : t("<ol class=\"quotes\">{}</ol>", each(d.statements(), q -> quote(q, false)));
        Safe articles = each(d.articles(), r -> t("""
                <tr><td>{}</td><td><a href="/articles/{}">{}</a></td><td>{}</td><td class="num">{}</td>\
                <td class="num">{}</td></tr>""", r.published().map(Object::toString).orElse("undated"), r.id(),
                r.title().orElse("(untitled)"), r.outlet().orElse("—"), r.links(), r.statements()));
        Safe body = t("""
                <h1 id="actor-name">{}</h1>
                <dl class="facts">
                <dt>Kind</dt><dd id="actor-kind">{}</dd>
                <dt>Also called</dt><dd id="actor-aliases">{}</dd>
                <dt>Named in</dt><dd>{} articles</dd>
                <dt>Statements</dt><dd>{} · <a href="{}">in the quote browser</a></dd>
                <dt>Id</dt><dd><code>{}</code> · <a href="/api/actors/{}">JSON</a></dd>
                </dl>
                <section aria-labelledby="statements-h"><h2 id="statements-h">Statements</h2>{}</section>
                <section aria-labelledby="articles-h"><h2 id="articles-h">Articles</h2>
                <table class="actor-articles"><thead><tr><th scope="col">Published</th><th scope="col">Title</th>
                <th scope="col">Outlet</th><th scope="col">Mentions</th><th scope="col">Statements</th></tr></thead>
                <tbody>{}</tbody></table></section>""", a.name(), a.kind().orElse("unknown"), aliases, a.articles(),
                a.statements(), href("/quotes", Map.of("speaker", a.id())), a.id(), a.id(), statements, articles);
        return Pages.layout(a.name(), "/actors", body);
    }

    static String href(String path, Map<String, String> params) {
        StringBuilder sb = new StringBuilder(path);
        char sep = '?';
        for (var e : params.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(),
                    StandardCharsets.UTF_8));
            sep = '&';
        }
        return sb.toString();
    }
}
