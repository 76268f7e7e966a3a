package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ingest.Fixtures.BODY;
import static org.parley.ingest.Fixtures.P1;
import static org.parley.ingest.Fixtures.P2;
import static org.parley.ingest.Fixtures.P3;
import static org.parley.ingest.Fixtures.TITLE;
import static org.parley.ingest.Fixtures.accepted;
import static org.parley.ingest.Fixtures.all;
import static org.parley.ingest.Fixtures.codes;
import static org.parley.ingest.Fixtures.one;
import static org.parley.ingest.Fixtures.rejected;
import static org.parley.ingest.Fixtures.write;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.PublishedFrom;

class FormatsTest {

    private static final Ingest INGEST = Ingest.builder().build();

    @TempDir
    Path dir;

    @Test
    void plainText() {
        Path p = write(dir, "talks.txt", TITLE + "\n\n" + TITLE + "\n\n" + BODY + "\n\nShare this article\n");
        Article a = one(INGEST, p.toString());
        assertThat(a.title()).contains(TITLE);
        // the headline leads the text once, though the file printed it twice; the id is the body's
        assertThat(a.text()).isEqualTo(TITLE + "\n\n" + BODY);
        assertThat(a.headline().orElseThrow().of(a.text())).isEqualTo(TITLE);
        assertThat(a.bodyText()).isEqualTo(BODY);
        assertThat(a.id()).isEqualTo(ArticleId.fromText(BODY));
        assertThat(a.url()).isEmpty();
        assertThat(a.language()).isEqualTo("en");
        assertThat(codes(a)).containsExactly("date.not-found");
    }

    @Test
    void htmlWithMetaTags() {
        String head = "<title>" + TITLE + " | Example News</title>"
                + "<link rel=\"canonical\" href=\"https://news.example.org/2025/05/istanbul-talks\">"
                + "<meta property=\"og:site_name\" content=\"Example News\">"
                + "<meta property=\"article:published_time\" content=\"2025-05-16T21:30:00+03:00\">";
        Path p = write(dir, "page.html", Fixtures.html(head, Fixtures.articleBody()));
        Article a = one(INGEST, p.toString());
        assertThat(a.url()).contains("https://news.example.org/2025/05/istanbul-talks");
        assertThat(a.id()).isEqualTo(ArticleId.fromUrl("https://news.example.org/2025/05/istanbul-talks"));
        assertThat(a.outlet()).contains("Example News");
        assertThat(a.title()).contains(TITLE);
        assertThat(a.published()).contains(LocalDate.of(2025, 5, 16));
        assertThat(a.publishedFrom()).isEqualTo(PublishedFrom.METADATA);
        assertThat(a.bodyText()).contains(P1).contains(P2).contains(P3).contains(P1 + "\n\n" + P2)
                .doesNotContain("Share this article").doesNotContain("Home").doesNotContain("Copyright")
                .doesNotStartWith(TITLE);
        assertThat(a.text()).startsWith(TITLE + "\n\n").containsOnlyOnce(TITLE);
        assertThat(a.problems()).isEmpty();
    }

    @Test
    void htmlWithJsonLdAndOutletFromHost() {
        String head = "<meta property=\"og:url\" content=\"https://www.example.net/world/talks?utm_source=x\">"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":"
                + "\"WebPage\"},{\"@type\":\"NewsArticle\",\"headline\":\"" + TITLE + "\",\"datePublished\":"
                + "\"2025-05-16\"}]}</script><script type=\"application/ld+json\">{broken</script>";
        Article a = one(INGEST, write(dir, "ld.html", Fixtures.html(head, Fixtures.articleBody())).toString());
        assertThat(a.outlet()).contains("example.net");
        assertThat(a.title()).contains(TITLE);
        assertThat(a.published()).contains(LocalDate.of(2025, 5, 16));
        assertThat(a.id()).isEqualTo(ArticleId.fromUrl("https://example.net/world/talks"));
    }

    @Test
    void htmlMalformedMetaDateFallsThroughToAPublicationTimeElement() {
        String head = "<meta property=\"article:published_time\" content=\"16/05/2025\">";
        String body = "<article><time itemprop=\"datePublished\" datetime=\"2025-05-17T09:00:00Z\">17 May</time>"
                + Fixtures.articleBody() + "</article>";
        Article a = one(INGEST, write(dir, "time.html", Fixtures.html(head, body)).toString());
        assertThat(a.published()).contains(LocalDate.of(2025, 5, 17));
        assertThat(codes(a)).containsExactly("date.malformed");
    }

    @Test
    void aTimeElementNotMarkedAsThePublicationDateIsNotOne() {
        // An event's date in the story, or a teaser's: not when this page was published.
        String body = "<article><p>The talks are set for <time datetime=\"2025-06-02\">June 2</time>.</p>"
                + Fixtures.articleBody() + "</article>";
        Article a = one(INGEST, write(dir, "event-time.html", Fixtures.html("", body)).toString());
        assertThat(a.published()).isEmpty();
        Article marked = one(INGEST, write(dir, "pub-time.html", Fixtures.html("", "<article><time class=\"entry-published\""
                + " datetime=\"2025-05-30\">30 May</time>" + Fixtures.articleBody() + "</article>")).toString());
        assertThat(marked.published()).contains(LocalDate.of(2025, 5, 30));
    }

    @Test
    void jsonlLinesAreIndependent() {
        String html = Fixtures.html("<meta name=\"pubdate\" content=\"2025-06-02\">", Fixtures.articleBody());
        String jsonl = "{\"url\":\"https://a.example/1\",\"title\":\"" + TITLE + "\",\"published\":\"2025-05-16\","
                + "\"source\":\"Example Wire\",\"text\":\"" + BODY.replace("\n", "\\n") + "\"}\n"
                + "{not json\n"
                + "\n"
                + "{\"url\":\"https://a.example/2\",\"html\":" + jsonString(html) + "}\n"
                + "{\"title\":\"no body\"}\n"
                + "[1,2]";
        List<IngestResult> rs = all(INGEST, write(dir, "batch.jsonl", jsonl).toString());
        assertThat(rs).extracting(IngestResult::source).containsExactly(dir.resolve("batch.jsonl") + "#line=1",
                dir.resolve("batch.jsonl") + "#line=2", dir.resolve("batch.jsonl") + "#line=4",
                dir.resolve("batch.jsonl") + "#line=5", dir.resolve("batch.jsonl") + "#line=6");
        Article first = accepted(rs.get(0));
        assertThat(first.outlet()).contains("Example Wire");
        assertThat(first.published()).contains(LocalDate.of(2025, 5, 16));
        assertThat(first.bodyText()).isEqualTo(BODY);
        assertThat(rejected(rs.get(1)).code()).isEqualTo("jsonl.bad-line");
        Article fromHtml = accepted(rs.get(2));
        assertThat(fromHtml.url()).contains("https://a.example/2");
        assertThat(fromHtml.published()).contains(LocalDate.of(2025, 6, 2));
        assertThat(fromHtml.text()).contains(P2);
        assertThat(rejected(rs.get(3)).message()).contains("neither");
        assertThat(rejected(rs.get(4)).message()).contains("not a JSON object");
    }

    @Test
    void rssItemsWithTheDateAsThePublisherWroteIt() {
        String rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Example Wire</title>"
                + "<link>https://wire.example/</link><description>news</description>"
                + "<item><title>" + TITLE + "</title><link>https://wire.example/1</link>"
                + "<pubDate>Fri, 16 May 2025 01:30:00 +0300</pubDate><description>teaser only</description>"
                + "<content:encoded><![CDATA[<p>" + P1 + "</p><p>" + P2 + "</p>]]></content:encoded></item>"
                + "<item><title>Second round</title><link>https://wire.example/2</link>"
                + "<pubDate>Mon, 02 Jun 2025 18:00:00 GMT</pubDate><description>&lt;p&gt;" + P3
                + "&lt;/p&gt;</description></item></channel></rss>";
        List<IngestResult> rs = all(INGEST, write(dir, "feed.xml", rss).toString());
        assertThat(rs).hasSize(2);
        Article a = accepted(rs.get(0));
        assertThat(a.source()).endsWith("feed.xml#item=1");
        assertThat(a.outlet()).contains("Example Wire");
        assertThat(a.url()).contains("https://wire.example/1");
        assertThat(a.title()).contains(TITLE);
        assertThat(a.text()).isEqualTo(TITLE + "\n\n" + P1 + "\n\n" + P2);
        assertThat(a.published()).contains(LocalDate.of(2025, 5, 16)); // 2025-05-15 in UTC
        assertThat(a.publishedFrom()).isEqualTo(PublishedFrom.METADATA);
        Article b = accepted(rs.get(1));
        assertThat(b.text()).isEqualTo("Second round\n\n" + P3);
        assertThat(b.published()).contains(LocalDate.of(2025, 6, 2));
    }

    @Test
    void atomEntries() {
        String atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Example Atom</title><id>urn:x</id><updated>2025-06-03T00:00:00Z</updated>"
                + "<entry><title>" + TITLE + "</title><id>urn:1</id><link href=\"https://atom.example/1\"/>"
                + "<published>2025-05-16T10:00:00+03:00</published><updated>2025-05-20T10:00:00Z</updated>"
                + "<content type=\"html\">&lt;p&gt;" + P1 + "&lt;/p&gt;</content></entry>"
                + "<entry><title>Only updated</title><id>urn:2</id><link href=\"https://atom.example/2\"/>"
                + "<updated>2025-06-02T10:00:00Z</updated><summary>" + P3 + "</summary></entry></feed>";
        List<IngestResult> rs = all(INGEST, write(dir, "feed.atom", atom).toString());
        Article a = accepted(rs.get(0));
        assertThat(a.url()).contains("https://atom.example/1");
        assertThat(a.published()).contains(LocalDate.of(2025, 5, 16));
        assertThat(a.bodyText()).isEqualTo(P1);
        Article b = accepted(rs.get(1));
        assertThat(b.published()).contains(LocalDate.of(2025, 6, 2));
        assertThat(codes(b)).containsExactly("date.updated-only");
    }

    @Test
    void warcResponsesUseTheFetchTimeOnlyAsAnAnchor() throws IOException {
        String dateline = "<article><h1>" + TITLE + "</h1><p>ISTANBUL, May 16. /Example Agency/. " + P1 + "</p><p>"
                + P2 + "</p></article>";
        byte[] warc = concat(
                record("https://agency.example/talks", Instant.parse("2025-05-17T06:00:00Z"), "text/html",
                        Fixtures.html("", dateline)),
                record("https://agency.example/logo.png", Instant.parse("2025-05-17T06:00:01Z"), "image/png", "PNG"),
                record("https://agency.example/round2", Instant.parse("2025-06-03T06:00:00Z"),
                        "text/html; charset=utf-8",
                        Fixtures.html("<meta property=\"article:published_time\" content=\"2025-06-02\">",
                                Fixtures.articleBody())));
        Path p = write(dir, "crawl.warc.gz", warc);
        List<IngestResult> rs = all(INGEST, p.toString());
        assertThat(rs).extracting(IngestResult::source).containsExactly(p + "#record=1", p + "#record=3");
        Article a = accepted(rs.get(0));
        assertThat(a.url()).contains("https://agency.example/talks");
        assertThat(a.published()).contains(LocalDate.of(2025, 5, 16));
        assertThat(a.publishedFrom()).isEqualTo(PublishedFrom.DATELINE_FETCH_YEAR);
        assertThat(codes(a)).contains("date.year-inferred");
        Article b = accepted(rs.get(1));
        assertThat(b.published()).contains(LocalDate.of(2025, 6, 2));
        assertThat(b.publishedFrom()).isEqualTo(PublishedFrom.METADATA);
        assertThat(all(INGEST, p.toString())).isEqualTo(rs);
    }

    @Test
    void brokenWarcRecordIsOneRejectionAndReadingGoesOn() throws IOException {
        byte[] good1 = record("https://a.example/1", Instant.parse("2025-05-17T06:00:00Z"), "text/html",
                Fixtures.html("", Fixtures.articleBody()));
        byte[] middle = record("https://a.example/2", Instant.parse("2025-05-17T06:00:00Z"), "text/html",
                Fixtures.html("", Fixtures.articleBody()));
        byte[] truncated = java.util.Arrays.copyOf(middle, middle.length / 2);
        byte[] good3 = record("https://a.example/3", Instant.parse("2025-05-17T06:00:00Z"), "text/html",
                Fixtures.html("", Fixtures.articleBody()));
        Path p = write(dir, "broken.warc.gz", concat(good1, truncated, good3));
        List<IngestResult> rs = all(INGEST, p.toString());
        assertThat(rs).hasSize(3);
        assertThat(accepted(rs.get(0)).url()).contains("https://a.example/1");
        assertThat(rejected(rs.get(1)).code()).isEqualTo("warc.broken-record");
        assertThat(rejected(rs.get(1)).input()).isEqualTo(p + "#record=2");
        assertThat(accepted(rs.get(2)).url()).contains("https://a.example/3");

        Path cut = write(dir, "cut.warc.gz", concat(good1, truncated));
        List<IngestResult> cutResults = all(INGEST, cut.toString());
        assertThat(cutResults).hasSize(2);
        assertThat(rejected(cutResults.get(1)).line()).contains("cut.warc.gz#record=2").contains("warc.broken-record");
    }

    @Test
    void urlsAreFetchedFollowingRedirects() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String page = Fixtures.html("<meta property=\"article:published_time\" content=\"2025-05-16\">",
                Fixtures.articleBody());
        servePage(server, "/article", page);
        server.createContext("/old", ex -> {
            ex.getResponseHeaders().add("Location", "/article");
            ex.sendResponseHeaders(301, -1);
            ex.close();
        });
        server.createContext("/gone", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Article a = one(INGEST, base + "/old");
            assertThat(a.source()).isEqualTo(base + "/old");
            assertThat(a.url()).contains(base + "/article");
            assertThat(a.outlet()).contains("127.0.0.1");
            assertThat(a.published()).contains(LocalDate.of(2025, 5, 16));
            assertThat(a.text()).contains(P2);
            assertThat(a.problems()).isEmpty();
            assertThat(Fixtures.oneRejected(INGEST, base + "/gone").code()).isEqualTo("url.http-status");
        } finally {
            server.stop(0);
        }
    }

    /** Every redirect passes the refusal check the first URL passed; loops and non-web targets end with a reason. */
    @Test
    void eachRedirectIsCheckedAndLoopsEnd() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String page = Fixtures.html("", Fixtures.articleBody());
        servePage(server, "/public/article", page);
        var redirects = java.util.Map.of("/public/moved", "article", "/public/inward", "/private/secret",
                "/public/loop", "/public/loop", "/public/file", "file:///etc/passwd");
        redirects.forEach((from, to) -> server.createContext(from, ex -> {
            ex.getResponseHeaders().add("Location", to);
            ex.sendResponseHeaders(302, -1);
            ex.close();
        }));
        var secretsAsked = new java.util.concurrent.atomic.AtomicInteger();
        server.createContext("/private", ex -> {
            secretsAsked.incrementAndGet();
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.start();
        Ingest guarded = Ingest.builder().refuseFetch(uri -> uri.getPath().startsWith("/public/") ? Optional.empty()
                : Optional.of("outside /public/")).build();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            assertThat(one(guarded, base + "/public/moved").url()).contains(base + "/public/article");
            org.parley.model.Problem inward = Fixtures.oneRejected(guarded, base + "/public/inward");
            assertThat(inward.code()).isEqualTo("url.refused");
            assertThat(inward.message()).contains("redirected to " + base + "/private/secret")
                    .contains("outside /public/");
            assertThat(secretsAsked).hasValue(0);
            assertThat(Fixtures.oneRejected(guarded, base + "/private/x").message())
                    .isEqualTo("may not be fetched: outside /public/");
            assertThat(Fixtures.oneRejected(guarded, base + "/public/loop").message()).contains("more than 5 redirects");
            assertThat(Fixtures.oneRejected(guarded, base + "/public/file").message())
                    .contains("file:///etc/passwd").contains("not an http(s) URL");
        } finally {
            server.stop(0);
        }
    }

    private static void servePage(HttpServer server, String path, String html) {
        server.createContext(path, ex -> {
            byte[] b = html.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
    }

    static byte[] record(String uri, Instant date, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Content-Type", contentType)
                .body(MediaType.parse(contentType), bytes).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
            w.write(new WarcResponse.Builder(URI.create(uri)).date(date).body(http).build());
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

}
