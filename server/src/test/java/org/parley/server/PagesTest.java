package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pages over the example store: what they show, and that nothing from an article or a query becomes markup. */
class PagesTest {

    static ParleyServer server;

    @BeforeAll
    static void start() {
        server = Fixture.server();
    }

    static String page(String pathAndQuery) {
        Fixture.Response r = Fixture.get(server, pathAndQuery);
        assertThat(r.status()).as(pathAndQuery).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        return r.body();
    }

    /** No tag or attribute from the hostile article made it into the page as markup. */
    static void assertNoInjectedMarkup(String html) {
        assertThat(html).doesNotContain("<script>alert", "<img src=x", "onerror=alert(2)>", "<b>Bold", "<i>Hostile",
                "<u>Wire", "href=\"javascript:", "\"Peace\" &");
    }

    @Test
    void theListShowsHostileTitlesAsText() {
        String html = page("/");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;Peace&quot; &amp; &#39;talks&#39;");
        assertThat(html).contains("&lt;i&gt;Hostile&lt;/i&gt; &quot;Outlet&quot;");
        assertNoInjectedMarkup(html);
        assertThat(html).contains("<label for=\"f-q\">", "<label for=\"f-outlet\">", "<main id=\"main\"");
        assertThat(html).contains(Fixture.ARTICLES + " of " + Fixture.ARTICLES + " articles").doesNotContain("rel=\"next\"");
        assertThat(page("/?limit=5")).contains("5 of " + Fixture.ARTICLES + " articles", "rel=\"next\"");
    }

    @Test
    void queriesAndFiltersAreEchoedEscaped() {
        String q = "\"><script>alert(5)</script>";
        String html = page("/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(html).contains("value=\"&quot;&gt;&lt;script&gt;alert(5)&lt;/script&gt;\"");
        assertThat(html).doesNotContain("<script>alert(5)");
        String search = page("/search?q=" + URLEncoder.encode("<script>alert(6)</script>", StandardCharsets.UTF_8));
        assertThat(search).doesNotContain("<script>alert(6)").contains("&lt;script&gt;alert(6)&lt;/script&gt;");
        String bad = page("/search?q=" + URLEncoder.encode("\"<b>unclosed", StandardCharsets.UTF_8));
        assertThat(bad).contains("role=\"alert\"").doesNotContain("<b>unclosed");
        String outlet = page("/?outlet=" + URLEncoder.encode("' OR 1=1 --", StandardCharsets.UTF_8));
        assertThat(outlet).contains("0 of 0 articles");
    }

    @Test
    void theReaderHighlightsSpansAndKeepsTheTextAsText() {
        String html = page("/articles/" + Fixture.HOSTILE_ID);
        assertNoInjectedMarkup(html);
        assertThat(html).contains("<h1 id=\"title\">&lt;script&gt;alert(1)&lt;/script&gt;");
        // The <img> tag in the text is a highlighted mention, shown as its characters.
        assertThat(html).containsPattern("<mark id=\"mentions-\\d+\" class=\"hl hl-mentions\" data-layers=\"mentions\""
                + " title=\"Names: kind MISC\">&lt;img src</mark>");
        assertThat(html).contains("title=\"Time expressions: type DATE, value 2025-05-16\">Friday</mark>");
        assertThat(html).contains("Olena &lt;b&gt;Bold&lt;/b&gt;</mark>");
        // A javascript: URL is shown, not linked.
        assertThat(html).contains("<dd class=\"url\">javascript:alert(3)</dd>");
        assertThat(html).contains("<code>test.hostile</code> a problem &lt;script&gt;alert(4)&lt;/script&gt;");
        assertThat(html).contains("<p id=\"at-0\">", "<h2 id=\"layer-timexes-h\">Time expressions</h2>");
        assertThat(html).contains("<article lang=\"en\">");
    }

    @Test
    void aCorpusArticleShowsItsMentionsAndTimeExpressions() {
        String id = ApiTest.items(ApiTest.parse(Fixture.get(server, "/api/articles?q=Medinsky&limit=1").body()))
                .get(0).get("id").asText();
        String html = page("/articles/" + id);
        // Names and dates are marked, alone or inside an event's evidence sentence.
        assertThat(html).containsPattern("class=\"hl[^\"]* hl-mentions[^\"]*\"")
                .containsPattern("class=\"hl[^\"]* hl-timexes[^\"]*\"").contains("data-layer=\"mentions\"", "Medinsky");
        // the headline leads the analysed text: the first paragraph, shown as the headline
        assertThat(html).contains("<p id=\"at-0\" class=\"headline\">");
    }

    @Test
    void theDatesPageGroupsDatedEntries() {
        String html = page("/dates");
        assertThat(html).contains("<ol class=\"timeline\">", "<time datetime=\"2025-05-16\">", "<meter");
        assertNoInjectedMarkup(html);
        String may = page("/dates?from=2025-05-01&to=2025-05-31");
        assertThat(may).doesNotContain("<time datetime=\"2022-");
    }

    @Test
    void errorsArePagesWithTheSameFacts() {
        Fixture.Response missing = Fixture.get(server, "/articles/0123456789abcdef");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("<h1>Error 404</h1>", "data-error=\"not-found\"");
        Fixture.Response bad = Fixture.get(server, "/?from=" + URLEncoder.encode("<x>", StandardCharsets.UTF_8));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("&lt;x&gt;").doesNotContain("'<x>'");
        assertThat(Fixture.get(server, "/nothing").status()).isEqualTo(404);
    }

    @Test
    void assetsComeFromTheJar() {
        assertThat(page("/").lines().filter(l -> l.contains("src=") || l.contains("href=\"http")).toList())
                .allSatisfy(l -> assertThat(l).doesNotContain("src=\"http"));
        Fixture.Response css = Fixture.get(server, "/assets/style.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.body()).contains(".hl-timexes");
        assertThat(Fixture.get(server, "/assets/app.js").status()).isEqualTo(200);
    }
}
