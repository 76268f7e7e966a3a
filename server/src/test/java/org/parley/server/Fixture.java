package org.parley.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.parley.analysis.Analysis;
import org.parley.analysis.Analyzer;
import org.parley.ingest.Ingest;
import org.parley.ingest.IngestResult;
import org.parley.link.Link;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.ActorLink;
import org.parley.model.ActorLinks;
import org.parley.model.Actors;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Document;
import org.parley.model.EntityKind;
import org.parley.model.Mention;
import org.parley.model.LinkMethod;
import org.parley.model.Mentions;
import org.parley.model.Problem;
import org.parley.model.PublishedFrom;
import org.parley.model.Span;
import org.parley.model.Speaker;
import org.parley.model.Statement;
import org.parley.model.StatementKind;
import org.parley.model.Statements;
import org.parley.model.Timex;
import org.parley.model.TimexType;
import org.parley.model.Timexes;
import org.parley.pipeline.Pipeline;
import org.parley.store.Store;
import org.parley.store.StoreConfig;

/**
 * One store per test JVM, made the way {@code parley ingest} makes it: the bundled example corpus read, analysed
 * and stored through the public APIs, plus a hostile article written by hand (markup and quotes in every field).
 * A read-only server over it is shared by the test classes; tests that write get their own copy.
 */
final class Fixture {

    static final String HOSTILE_TITLE = "<script>alert(1)</script> \"Peace\" & 'talks'";
    static final String HOSTILE_TEXT = "KYIV, May 20, 2025 — Talks resumed <img src=x onerror=alert(2)> in "
            + "Geneva on Friday, said \"Olena <b>Bold</b>\".\n\nA second paragraph ' \" & ends here.\n\n"
            + "\"<script>alert(7)</script> We will not sign,\" the <em>envoy</em> told reporters.";
    /** The hostile quote's speaker, with markup in the name and an alias. */
    static final String HOSTILE_ACTOR = "parley:test-envoy";
    static final String HOSTILE_ACTOR_NAME = "<em>Envoy</em> \"X\" & Co";
    static final String HOSTILE_QUOTE = "<script>alert(7)</script> We will not sign,";
    static final String HOSTILE_OUTLET = "<i>Hostile</i> \"Outlet\"";
    static final String HOSTILE_ID = ArticleId.fromText(HOSTILE_TEXT);
    /** The hostile article's event takes place here, and its narrative has this label. */
    static final String HOSTILE_PLACE = "Geneva <script>alert(5)</script>";
    static final String HOSTILE_NARRATIVE = "<i>URW</i>: \"Blame\" & <b>shame</b>";

    /** How many articles the built store holds: the example corpus's answer key has a row for each, plus the hostile one. */
    static final int ARTICLES = corpusSize() + 1;

    private static Path dir;
    private static ParleyServer shared;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Fixture() {
    }

    static Path root() {
        return Path.of(System.getProperty("parley.root", "..")).toAbsolutePath().normalize();
    }

    private static int corpusSize() {
        try {
            return (int) Files.readAllLines(root().resolve("examples/expected.tsv")).stream().skip(1)
                    .filter(l -> !l.isBlank()).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder holding the built store ({@code parley.duckdb} and its index). */
    static synchronized Path built() {
        if (dir == null) {
            Path made;
            try {
                made = Files.createTempDirectory("parley-server-test");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (Store store = Store.open(StoreConfig.duckdb(made.resolve("parley.duckdb")))) {
                ingest(store, root().resolve("examples/corpus").toString());
                store.put(hostile());
                Link.builder().build().updateTimeline(store); // the real cross-article stage, as parley ingest runs it
            }
            dir = made; // only a complete store is shared
        }
        return dir;
    }

    /** A fresh copy of the built store, for a test that writes. */
    static StoreConfig copy() {
        Path from = built();
        try {
            Path to = Files.createTempDirectory("parley-server-copy");
            try (Stream<Path> files = Files.walk(from)) {
                for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
            return StoreConfig.duckdb(to.resolve("parley.duckdb"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared read-only server over the built store. */
    static synchronized ParleyServer server() {
        if (shared == null) {
            StoreConfig store = StoreConfig.duckdb(built().resolve("parley.duckdb"))
                    .withAccess(StoreConfig.Access.READ_ONLY);
            shared = ParleyServer.start(ServerConfig.of(store).withPort(0));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** What parley ingest does, through the same public APIs. */
    static void ingest(Store store, String input) {
        Pipeline pipeline = Analysis.pipeline();
        List<Document> done = new ArrayList<>();
        try (Analyzer analyzer = Analysis.analyzer(pipeline, 2);
                Stream<IngestResult> results = Ingest.builder().build().read(input)) {
            results.forEachOrdered(r -> {
                if (r instanceof IngestResult.Accepted a) {
                    analyzer.submit(Document.of(a.article()), done::add);
                }
            });
            analyzer.finish(done::add);
        }
        // The corpus reads one article twice on purpose (a reprint); the store keeps one.
        done.forEach(store::put);
    }

    static Document hostile() {
        String text = HOSTILE_TEXT;
        Article a = new Article(HOSTILE_ID, "hostile.txt", Optional.of(HOSTILE_OUTLET), Optional.of("<u>Wire</u>"),
                Optional.of("javascript:alert(3)"), Optional.of(HOSTILE_TITLE), Optional.of(LocalDate.of(2025, 5, 20)),
                PublishedFrom.DATELINE, Optional.empty(), "en", text,
                List.of(Problem.of("test.hostile", "hostile.txt", "a problem <script>alert(4)</script>")));
        int img = text.indexOf("<img");
        int geneva = text.indexOf("Geneva");
        int friday = text.indexOf("Friday");
        int olena = text.indexOf("Olena");
        int para = text.indexOf("\n\n");
        int para2 = text.indexOf("\n\n", para + 2);
        int quote = text.indexOf(HOSTILE_QUOTE);
        int envoy = text.indexOf("the <em>envoy</em>");
        int told = text.indexOf("told reporters");
        return Document.of(a).with(List.of(
                new Mentions(List.of(new Mention(new Span(0, 4), EntityKind.LOCATION),
                        new Mention(new Span(img, img + 8), EntityKind.MISC),
                        new Mention(new Span(geneva, geneva + 6), EntityKind.LOCATION),
                        new Mention(new Span(olena, text.indexOf("</b>") + 4), EntityKind.PERSON))),
                new Timexes(List.of(new Timex(new Span(6, 18), TimexType.DATE, "2025-05-20"),
                        new Timex(new Span(friday, friday + 6), TimexType.DATE, "2025-05-16"))),
                new org.parley.model.Paragraphs(List.of(new org.parley.model.Paragraph(new Span(0, para)),
                        new org.parley.model.Paragraph(new Span(para + 2, para2)),
                        new org.parley.model.Paragraph(new Span(para2 + 2, text.length())))),
                new Actors(List.of(new Actor(HOSTILE_ACTOR, HOSTILE_ACTOR_NAME, ActorKind.PERSON,
                        List.of("<i>the envoy</i>")))),
                new ActorLinks(List.of(new ActorLink(new Span(envoy, envoy + 18), HOSTILE_ACTOR, 0.9,
                        LinkMethod.TITLE))),
                new Statements(List.of(new Statement("st-hostile", StatementKind.DIRECT,
                        List.of(new Span(quote, quote + HOSTILE_QUOTE.length())), new Span(told, told + 4),
                        Optional.of(new Span(envoy, envoy + 18)),
                        Optional.of(new Speaker(HOSTILE_ACTOR, HOSTILE_ACTOR_NAME)), Optional.of("2025-05-19"),
                        Optional.empty()))),
                new org.parley.model.Events(List.of(new org.parley.model.Event("ev-hostile",
                        org.parley.model.EventType.TALKS_ROUND, org.parley.model.EventStatus.HAPPENED,
                        Optional.empty(), Optional.of(new org.parley.model.EventDate(new Span(friday, friday + 6),
                                "2025-05-16", Optional.empty())),
                        Optional.of(new org.parley.model.EventPlace(new Span(geneva, geneva + 6), HOSTILE_PLACE,
                                Optional.empty())), List.of(HOSTILE_ACTOR), List.of(), List.of(), List.of(),
                        List.of(new Span(para + 2, para2))))),
                new org.parley.model.Narratives(List.of(new org.parley.model.NarrativeLabel(HOSTILE_NARRATIVE,
                        Optional.of("<b>URW</b>"), 0.87, List.of(new Span(para + 2, para + 20)))))),
                List.of());
    }

    record Response(int status, String body, java.net.http.HttpHeaders headers) {
    }

    static Response get(ParleyServer server, String pathAndQuery) {
        return send(HttpRequest.newBuilder(server.uri().resolve(pathAndQuery)).GET().build());
    }

    static Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static URI uri(ParleyServer server, String path) {
        return server.uri().resolve(path);
    }
}
