package org.parley.server;

import static org.parley.server.Html.each;
import static org.parley.server.Html.t;

import java.util.List;
import java.util.Locale;
import org.parley.link.Link.Carrier;
import org.parley.link.Link.NarrativeFilter;
import org.parley.link.Link.NarrativeGroup;
import org.parley.link.Link.NarrativeOverview;
import org.parley.link.Link.OutletMix;
import org.parley.server.Html.Safe;

/**
 * The narratives page: each label the narratives component gave (SemEval-2025 Task 10 taxonomy) with the articles
 * that carry it, their evidence sentences linked to the reader, and the independent sources behind it; then the
 * narrative mix per outlet. Written through {@link Html} templates only.
 */
final class NarrativePages {

    /** Articles listed under a label; the count says how many more there are. */
    static final int ARTICLES_SHOWN = 20;

    private NarrativePages() {
    }

    static Safe narratives(Catalog catalog, NarrativeFilter f) {
        NarrativeOverview o = catalog.narratives(f);
        List<String> labels = catalog.narratives(new NarrativeFilter(java.util.Optional.empty(), f.from(), f.to()))
                .narratives().stream().map(NarrativeGroup::label).sorted().toList();
        Safe groups = o.narratives().isEmpty()
                ? t("<p id=\"no-narratives\">{}</p>", o.articles() == 0 && f.label().isEmpty()
                        ? "No stored article has narratives in this range." : "No stored article carries this label.")
                : each(o.narratives(), NarrativePages::group);
        Safe body = t("""
                <h1>Narratives</h1>
                <p>Which narratives of the SemEval-2025 Task 10 taxonomy the stored articles push, as the narratives
                component labels them, with the sentences that carry them: each article links to the reader, where its
                evidence is highlighted. Copies of one story and outlets of one owner count as one independent
                source.</p>
                {}
                <p id="result-count" aria-live="polite">{} labels over {} articles with narratives</p>
                {}
                {}""", filters(labels, f), o.narratives().size(), o.articles(), groups, mix(o.outlets()));
        return Pages.layout("Narratives", "/narratives", body);
    }

    private static Safe filters(List<String> labels, NarrativeFilter f) {
        Safe options = each(labels, l -> f.label().filter(l::equalsIgnoreCase).isPresent()
                ? t("<option value=\"{}\" selected>{}</option>", l, l) : t("<option value=\"{}\">{}</option>", l, l));
        return t("""
                <form class="filters" method="get" action="/narratives" aria-label="Filter narratives">
                <div class="field"><label for="f-label">Label</label>
                <select id="f-label" name="label"><option value="">any</option>{}</select></div>
                {}
                <div class="actions"><button type="submit" id="apply">Apply</button> <a href="/narratives">Clear</a></div>
                </form>""", options, Pages.dateRange(f.from(), f.to()));
    }

    private static Safe group(NarrativeGroup g) {
        int n = g.articles().size();
        Safe parent = g.parent().map(p -> t("<p class=\"muted\">Under {}</p>", p)).orElse(Html.EMPTY);
        Safe more = n > ARTICLES_SHOWN ? t("<p class=\"muted\">and {} more</p>", n - ARTICLES_SHOWN) : Html.EMPTY;
        return t("""
                <section class="narrative" data-label="{}" aria-label="{}"><h2>{}</h2>{}
                <p class="count">{} article{}, {} independent source{}</p>
                <ol class="carriers">{}</ol>{}
                </section>""", g.label(), g.label(), g.label(), parent, n, n == 1 ? "" : "s",
                g.independentSources(), g.independentSources() == 1 ? "" : "s",
                each(g.articles().stream().limit(ARTICLES_SHOWN).toList(), NarrativePages::carrier), more);
    }

    private static Safe carrier(Carrier c) {
        Safe evidence = each(c.evidence(), e -> t(
                "<li><a class=\"evidence\" href=\"/articles/{}#narratives-{}\">{}</a></li>", c.id(), e.start(),
                e.text().isEmpty() ? "(evidence)" : e.text()));
        return t("""
                <li class="carrier"><a class="to-article" href="/articles/{}">{}</a> <span class="muted">{}{}</span>
                <span class="count">score {}</span>
                <ul class="evidence-list">{}</ul></li>""", c.id(), c.title().orElse("(untitled)"),
                c.outlet().orElse("no outlet"), c.published().map(d -> ", " + d).orElse(""),
                String.format(Locale.ROOT, "%.2f", c.score()), evidence);
    }

    private static Safe mix(List<OutletMix> outlets) {
        if (outlets.isEmpty()) {
            return Html.EMPTY;
        }
        Safe rows = each(outlets, m -> t("<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td>{}</td></tr>",
                m.outlet(), m.articles(), each(List.copyOf(m.narratives().entrySet()), e -> t(
                        "<span class=\"share\">{} ({}%)</span> ", e.getKey(),
                        Math.round(100.0 * e.getValue() / m.articles())))));
        return t("""
                <section aria-labelledby="mix-h"><h2 id="mix-h">Narrative mix per outlet</h2>
                <table class="mix"><thead><tr><th scope="col">Outlet</th><th scope="col">Articles</th>
                <th scope="col">Narratives (share of its articles)</th></tr></thead>
                <tbody>{}</tbody></table></section>""", rows);
    }
}
