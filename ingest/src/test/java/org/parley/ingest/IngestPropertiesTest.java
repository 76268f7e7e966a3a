package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.netpreserve.jwarc.WarcCompression;
import org.parley.model.Article;
import org.parley.model.Problem;

/**
 * Generated text, HTML, JSONL and WARC through {@link Ingest#read}: no exception escapes, every input ends as lines,
 * every problem span lies inside its article's text, messages are clean, and reading twice gives the same results.
 */
class IngestPropertiesTest {

    private static final Ingest INGEST = Ingest.builder().build();
    private static Path dir;
    private static int files;

    @BeforeContainer
    static void createDirectory() throws IOException {
        dir = Files.createTempDirectory("parley-properties");
    }

    @AfterContainer
    static void deleteDirectory() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 200)
    void text(@ForAll("texts") String text, @ForAll("charsets") Charset charset) {
        List<IngestResult> results = readTwice(file("t.txt", text.getBytes(charset)));
        assertThat(results).isNotEmpty();
    }

    @Property(tries = 200)
    void html(@ForAll("pages") String html) {
        List<IngestResult> results = readTwice(file("p.html", html.getBytes(StandardCharsets.UTF_8)));
        assertThat(results).hasSize(1);
    }

    @Property(tries = 200)
    void jsonl(@ForAll("jsonLines") List<String> lines) {
        List<IngestResult> results = readTwice(file("l.jsonl", String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
        long records = lines.stream().filter(l -> !l.isBlank()).count();
        assertThat(results).as("one line per non-blank line").hasSize((int) Math.max(1, records));
    }

    @Property(tries = 200)
    void warc(@ForAll("warcs") byte[] warc) {
        List<IngestResult> results = readTwice(file("a.warc.gz", warc));
        assertThat(results).isNotEmpty();
    }

    /** Reads {@code p} twice: the same results both times, each one well-formed. */
    private static List<IngestResult> readTwice(Path p) {
        List<IngestResult> first = read(p);
        first.forEach(IngestPropertiesTest::wellFormed);
        assertThat(read(p)).as("reading twice").isEqualTo(first);
        return first;
    }

    private static List<IngestResult> read(Path p) {
        try (Stream<IngestResult> s = INGEST.read(p.toString())) {
            return s.toList();
        }
    }

    private static void wellFormed(IngestResult r) {
        assertThat(r.source()).startsWith(dir.toString());
        if (r instanceof IngestResult.Accepted a) {
            Article article = a.article();
            for (Problem p : article.problems()) {
                p.span().ifPresent(s -> assertThat(s.end()).as(p.line()).isLessThanOrEqualTo(article.text().length()));
                HostileTest.assertClean(p);
            }
        } else {
            HostileTest.assertClean(((IngestResult.Rejected) r).problem());
        }
    }

    private static Path file(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve((files++) + "-" + name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- generators

    private static final List<String> WORDS = List.of("talks", "Istanbul", "ceasefire", "prisoners", "delegation",
            "May 16, 2025", "2023-02-30", "ISTANBUL, May 16 (Wire) -", "Share this article", "переговоры",
            "Стамбул", "обмен", "перемирие", "Waffenruhe", "négociations", "停火", ".", ",", "!", "\n", "\n\n", "\t",
            "\r\n", "\u0000", "\u001B[2J", "\uFEFF", "\uD800", "\u00A0", "—", "“", "”", "&amp;", "<", ">", "{", "}");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.strings().ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u0400', '\u04FF').ofMinLength(1).ofMaxLength(10));
        return word.list().ofMaxSize(300).map(ws -> String.join(" ", ws));
    }

    @Provide
    Arbitrary<Charset> charsets() {
        return Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16,
                Charset.forName("windows-1251"), Charset.forName("KOI8-R"), Charset.forName("windows-1252"));
    }

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> tag = Arbitraries.of("p", "div", "span", "article", "nav", "script", "table", "td", "li",
                "h1", "a", "br", "meta");
        Arbitrary<String> piece = Arbitraries.oneOf(texts().map(t -> t.length() > 200 ? t.substring(0, 200) : t),
                tag.map(t -> "<" + t + ">"), tag.map(t -> "</" + t + ">"),
                Arbitraries.of("<meta property=\"article:published_time\" content=\"2023-02-30\">",
                        "<meta charset=\"koi8-r\">", "<title>Talks</title>", "<!--", "<![CDATA[", "<a href=\"",
                        "<time datetime=\"9999-01-01\">", "<script>var x = '</p>';</script>"));
        Arbitrary<String> head = Arbitraries.of("", "<!DOCTYPE html><html><head>", "<html><body>", "<?xml ?>");
        return Combinators.combine(head, piece.list().ofMaxSize(120)).as((h, ps) -> h + String.join("", ps));
    }

    @Provide
    Arbitrary<List<String>> jsonLines() {
        Arbitrary<String> value = texts().map(Hostile::json);
        Arbitrary<String> good = Combinators.combine(Arbitraries.of("text", "html", "title", "url", "published",
                "fetched", "outlet"), value, Arbitraries.of("text", "html"), value)
                .as((k1, v1, k2, v2) -> "{\"" + k1 + "\":" + v1 + ",\"" + k2 + "\":" + v2 + "}");
        Arbitrary<String> bad = Arbitraries.oneOf(texts().map(t -> t.replace("\n", " ")),
                Arbitraries.of("", "   ", "{", "[]", "null", "{\"text\": 5}", "{\"text\":\"cut", "[".repeat(2000)));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, good), net.jqwik.api.Tuple.of(1, bad)).list().ofMaxSize(12);
    }

    /** Whole gzip members, some cut short or with bytes flipped, in any order. */
    @Provide
    Arbitrary<byte[]> warcs() {
        Arbitrary<byte[]> member = Combinators.combine(Arbitraries.integers().between(1, 5),
                Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 4000))
                .as((n, cutPercent, flipAt) -> {
                    byte[] b = Hostile.warcRecord(n, WarcCompression.GZIP);
                    if (cutPercent < 20) {
                        b = java.util.Arrays.copyOf(b, b.length * cutPercent / 20);
                    } else if (cutPercent < 30 && flipAt < b.length) {
                        b[flipAt] ^= 0x5A;
                    }
                    return b;
                });
        return member.list().ofMinSize(1).ofMaxSize(4).map(ms -> Hostile.concat(ms.toArray(byte[][]::new)));
    }
}
