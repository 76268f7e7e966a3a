package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.server.PagesTest.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.server.Pages.Mark;

/** The quote browser, the actor pages and the statements in the reader: what they show, all of it as text. */
class VoicePagesTest {

    static final String ESCAPED_QUOTE = "&lt;script&gt;alert(7)&lt;/script&gt; We will not sign,";
    static final String ESCAPED_NAME = "&lt;em&gt;Envoy&lt;/em&gt; &quot;X&quot; &amp; Co";

    @BeforeAll
    static void start() {
        PagesTest.server = Fixture.server();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static void assertNoInjectedMarkup(String html) {
        PagesTest.assertNoInjectedMarkup(html);
        assertThat(html).doesNotContain("<em>Envoy", "<em>envoy", "<i>the envoy", "<script>alert(7)");
    }

    @Test
    void theQuoteBrowserListsSpeakersWithCountsAndQuotesAsText() {
        String html = page("/quotes");
        assertNoInjectedMarkup(html);
        assertThat(html).contains("<nav class=\"speakers\" aria-labelledby=\"speakers-h\">",
                "<label for=\"f-speaker\">", "<label for=\"f-q\">", "<label for=\"f-from\">",
                "<a href=\"/quotes\" aria-current=\"true\">Everyone</a>");
        assertThat(html).contains("<a href=\"/quotes?speaker=parley%3Atest-envoy\">" + ESCAPED_NAME
                + "</a> <span class=\"count\">1</span>");
        long total = ApiTest.parse(Fixture.get(PagesTest.server, "/api/quotes").body()).get("total").asLong();
        assertThat(html).contains("25 of " + total + " quotes", "rel=\"next\"");
        String hostile = page("/quotes?speaker=" + enc(Fixture.HOSTILE_ACTOR));
        assertNoInjectedMarkup(hostile);
        int at = Fixture.HOSTILE_TEXT.indexOf(Fixture.HOSTILE_QUOTE);
        assertThat(hostile).contains("1 of 1 quotes", "<blockquote>" + ESCAPED_QUOTE + "</blockquote>",
                "<a class=\"to-article\" href=\"/articles/" + Fixture.HOSTILE_ID + "#statements-" + at + "\">",
                "<h2 id=\"quotes-h\">Quotes of " + ESCAPED_NAME + "</h2>", "<span class=\"cue\">told</span>",
                "<time datetime=\"2025-05-19\">", "<option value=\"parley:test-envoy\" selected>");
        // Filters echoed escaped; SQL-looking ones match nothing.
        String sql = page("/quotes?speaker=" + enc("' OR 1=1 --") + "&q=" + enc("\"><b>x"));
        assertThat(sql).contains("0 of 0 quotes", "value=\"&quot;&gt;&lt;b&gt;x\"").doesNotContain("<b>x");
        Fixture.Response bad = Fixture.get(PagesTest.server, "/quotes?from=" + enc("<i>2025</i>"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("&lt;i&gt;2025&lt;/i&gt;").doesNotContain("<i>2025");
    }

    @Test
    void theActorsListAndAnActorPage() {
        String list = page("/actors");
        assertNoInjectedMarkup(list);
        assertThat(list).contains("<label for=\"a-q\">", "<a href=\"/actors/parley:test-envoy\">" + ESCAPED_NAME
                + "</a>");
        assertThat(page("/actors?q=envoy")).contains("1 of 1 actors");
        String states = page("/actors?kind=STATE");
        assertThat(states).contains("<option value=\"STATE\" selected>state</option>")
                .contains("<td>STATE</td>").doesNotContain("<td>PERSON</td>", "<td>ORG</td>");
        assertThat(page("/actors?kind=" + enc("<b>x"))).contains("0 of 0 actors").doesNotContain("<b>x");

        String actor = page("/actors/" + Fixture.HOSTILE_ACTOR);
        assertNoInjectedMarkup(actor);
        assertThat(actor).contains("<h1 id=\"actor-name\">" + ESCAPED_NAME + "</h1>",
                "<dd id=\"actor-kind\">PERSON</dd>", "<li>&lt;i&gt;the envoy&lt;/i&gt;</li>",
                "<blockquote>" + ESCAPED_QUOTE + "</blockquote>", "<a href=\"/articles/" + Fixture.HOSTILE_ID + "\">",
                "<a href=\"/quotes?speaker=parley%3Atest-envoy\">in the quote browser</a>");
        assertThat(actor).contains("<title>" + ESCAPED_NAME + " · Parley</title>");

        Fixture.Response bad = Fixture.get(PagesTest.server, "/actors/" + enc("<script>alert(8)</script>"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("&lt;script&gt;alert(8)").doesNotContain("<script>alert(8)");
        assertThat(Fixture.get(PagesTest.server, "/actors/Q0000000").status()).isEqualTo(404);
    }

    @Test
    void theReaderHighlightsContentCueAndSourceAndListsTheStatements() {
        String html = page("/articles/" + Fixture.HOSTILE_ID);
        assertNoInjectedMarkup(html);
        String text = Fixture.HOSTILE_TEXT;
        int quote = text.indexOf(Fixture.HOSTILE_QUOTE);
        int envoy = text.indexOf("the <em>envoy</em>");
        int told = text.indexOf("told");
        assertThat(html).contains("<mark id=\"statements-" + quote + "\" tabindex=\"-1\" class=\"hl hl-statements\" "
                + "data-layers=\"statements\" data-statements=\"st-hostile\" data-statement=\"st-hostile\" "
                + "title=\"Statements: direct statement by " + ESCAPED_NAME + "\">"
                + ESCAPED_QUOTE + "</mark>");
        assertThat(html).contains("<mark id=\"statements-cue-" + told + "\" tabindex=\"-1\" class=\"hl hl-statements "
                + "hl-statements-cue\"");
        // The source is also an actor link: one highlight for both, and an anchor for each.
        assertThat(html).contains("<span id=\"actorlinks-" + envoy + "\" class=\"anchor\"></span><mark id=\"statements-"
                + "source-" + envoy + "\" tabindex=\"-1\" class=\"hl hl-actorlinks hl-statements hl-statements-source\" "
                + "data-layers=\"actorlinks statements\"");
        assertThat(html).contains("<h2 id=\"layer-statements-h\">Statements</h2>",
                "<a href=\"/actors/parley:test-envoy\">" + ESCAPED_NAME + "</a>",
                "<a class=\"said\" href=\"#statements-" + quote + "\">" + ESCAPED_QUOTE + "</a>",
                "<a href=\"#statements-cue-" + told + "\">told</a>",
                "data-layer=\"statements\"", "data-layer=\"actorlinks\"", "<h2 id=\"actors-h\">Actors</h2>");
    }

    @Test
    void aCorpusArticleHighlightsItsStatements() {
        var quotes = ApiTest.items(ApiTest.parse(Fixture.get(PagesTest.server, "/api/quotes?limit=500").body()));
        var q = quotes.stream().filter(i -> !i.get("article").asText().equals(Fixture.HOSTILE_ID)).findFirst()
                .orElseThrow();
        String html = page("/articles/" + q.get("article").asText());
        int start = q.get("content").get(0).get("start").asInt();
        assertThat(html).containsPattern("<mark id=\"statements-" + start + "\" tabindex=\"-1\" class=\"hl[^\"]* "
                + "hl-statements[ \"]");
        assertThat(html).contains("hl-statements-cue", "<h2 id=\"layer-statements-h\">Statements</h2>");
    }

    @Test
    void spansStartingTogetherEachKeepAnAnchorAndTheStatementKeepsTheHighlight() {
        String text = "Peskov said peace is near.";
        List<Mark> marks = List.of(new Mark("mentions", 12, 17, "kind MISC"),
                new Mark("statements", "", 12, 25, "indirect statement by Peskov", "st-1"),
                new Mark("statements", "cue", 7, 11, "cue", "st-1"));
        String html = Pages.highlight(text, 0, text.length(), marks).toString();
        assertThat(html).isEqualTo("Peskov <mark id=\"statements-cue-7\" tabindex=\"-1\" class=\"hl hl-statements "
                + "hl-statements-cue\" data-layers=\"statements\" data-statements=\"st-1\" data-statement=\"st-1\" "
                + "title=\"Statements: cue\">said</mark> <span id=\"mentions-12\" class=\"anchor\"></span>"
                + "<mark id=\"statements-12\" tabindex=\"-1\" class=\"hl hl-mentions hl-statements\" "
                + "data-layers=\"mentions statements\" data-statements=\"st-1\" data-statement=\"st-1\" "
                + "title=\"Names: kind MISC; Statements: indirect statement by Peskov\">peace</mark>"
                + "<mark class=\"hl hl-statements\" data-layers=\"statements\" data-statements=\"st-1\" "
                + "title=\"Statements: indirect statement by Peskov\"> is near</mark>.");
    }
}
