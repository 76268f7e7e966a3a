package org.parley.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A catalogue of hostile inputs, generated (never downloaded) into a directory, each with the results ingest must
 * give for it: one {@link Outcome} per input, or per record for WARC, JSONL and feeds. Public so that other modules'
 * tests can feed the same catalogue through the whole command (ingest's test-jar).
 *
 * <p>All text here was written for these tests: short reports of public facts about the 2022–2025 talks.
 */
public final class Hostile {

    /**
     * What one input or record must become: accepted (when {@code acceptable}, its article carrying at least the
     * {@code required} problem codes) or rejected with one of the {@code rejections} codes.
     */
    public record Outcome(boolean acceptable, Set<String> required, Set<String> rejections) {

        public static Outcome accepted(String... problemCodes) {
            return new Outcome(true, Set.of(problemCodes), Set.of());
        }

        public static Outcome rejected(String... codes) {
            return new Outcome(false, Set.of(), Set.of(codes));
        }

        /** Where another part of the project decides (HTML body extraction): stored, or one of these rejections. */
        public static Outcome acceptedOrRejected(String... codes) {
            return new Outcome(true, Set.of(), Set.of(codes));
        }
    }

    /** One generated input and what reading it must give, in order. {@code text}: the article body expected, if any. */
    public record Case(String name, Path path, List<Outcome> outcomes, Optional<String> text) {

        Case(String name, Path path, List<Outcome> outcomes) {
            this(name, path, outcomes, Optional.empty());
        }
    }

    public static final String EN_1 = "Negotiators from Kyiv and Moscow sat down in Istanbul on Friday for the first "
            + "face-to-face round in three years. Turkish officials hosted the meeting in a palace on the Bosphorus, "
            + "and it ended after less than two hours.";
    public static final String EN_2 = "Both delegations agreed to swap a thousand prisoners of war each, the largest "
            + "exchange of the war so far. A second meeting weeks later produced written memoranda with each side's "
            + "terms for a ceasefire.";
    public static final String EN_3 = "Mediators said the humanitarian track moved faster than the political one, "
            + "where positions on territory and security guarantees stayed far apart.";
    public static final String EN = EN_1 + "\n\n" + EN_2 + "\n\n" + EN_3;

    /** Russian written for these tests: the same facts, in one's own words. */
    public static final String RU = "Переговорщики из Киева и Москвы встретились в Стамбуле в пятницу, впервые за три "
            + "года лицом к лицу. Встреча во дворце на берегу Босфора продолжалась меньше двух часов.\n\n"
            + "Делегации договорились обменяться тысячей военнопленных с каждой стороны. Это крупнейший обмен с "
            + "начала войны. Через несколько недель стороны передали друг другу меморандумы с условиями прекращения "
            + "огня.\n\nПосредники отметили, что гуманитарные вопросы решаются быстрее политических, а позиции по "
            + "территориям и гарантиям безопасности остаются далёкими.";

    public static final String DE = "Die Delegationen trafen sich in Istanbul zu ihren ersten direkten Gesprächen seit "
            + "drei Jahren. Beide Seiten vereinbarten einen Austausch von jeweils tausend Kriegsgefangenen.";

    private static final Instant FETCHED = Instant.parse("2025-05-17T06:00:00Z");

    private Hostile() {
    }

    /** Writes the whole catalogue into {@code dir} (one file per case) and returns the cases in file-name order. */
    public static List<Case> catalogue(Path dir) {
        List<Case> all = new ArrayList<>();
        all.add(goodText(dir));
        all.add(goodHtml(dir));
        all.add(empty(dir));
        all.add(whitespaceOnly(dir));
        all.add(binary(dir));
        all.add(truncatedHtml(dir));
        all.add(deeplyNestedHtml(dir));
        all.add(hugePage(dir));
        all.add(invalidUtf8(dir));
        all.add(russian(dir, "ru-windows-1251.txt", Charset.forName("windows-1251")));
        all.add(russian(dir, "ru-koi8-r.txt", Charset.forName("KOI8-R")));
        all.add(russian(dir, "ru-iso-8859-5.txt", Charset.forName("ISO-8859-5")));
        all.add(russian(dir, "ru-utf-16le-no-bom.txt", StandardCharsets.UTF_16LE));
        all.add(russianPage(dir));
        all.add(mixedLanguages(dir));
        all.add(brokenWarc(dir));
        all.add(truncatedWarc(dir));
        all.add(overlongWarc(dir));
        all.add(brokenWarcGz(dir));
        all.add(truncatedWarcGz(dir));
        all.add(invalidRss(dir));
        all.add(badJsonl(dir));
        all.add(impossibleDates(dir));
        all.add(table(dir));
        all.add(numbers(dir));
        all.add(longSentence(dir));
        all.sort((a, b) -> a.path().toString().compareTo(b.path().toString()));
        return all;
    }

    public static Case goodText(Path dir) {
        return new Case("good article (text)", write(dir, "good-article.txt",
                "Delegations meet in Istanbul\n\n" + EN), List.of(Outcome.accepted()), Optional.of(EN));
    }

    public static Case goodHtml(Path dir) {
        return new Case("good article (HTML)", write(dir, "good-article.html", page("utf-8",
                "<meta property=\"article:published_time\" content=\"2025-05-16T10:00:00+03:00\">", paragraphs(EN))),
                List.of(Outcome.accepted()));
    }

    public static Case empty(Path dir) {
        return new Case("empty file", write(dir, "empty.txt", new byte[0]), List.of(Outcome.rejected("input.empty")));
    }

    public static Case whitespaceOnly(Path dir) {
        return new Case("whitespace only", write(dir, "whitespace.txt", " \n\t\r\n   \n"),
                List.of(Outcome.rejected("input.empty")));
    }

    public static Case binary(Path dir) {
        byte[] b = new byte[20_000];
        new Random(15).nextBytes(b);
        return new Case("binary", write(dir, "photo.txt", b), List.of(Outcome.rejected("input.binary")));
    }

    /** Cut off in the middle of a tag: browsers show what came before, and so must ingest. */
    public static Case truncatedHtml(Path dir) {
        String whole = page("utf-8", "", paragraphs(EN));
        String cut = whole.substring(0, whole.indexOf(EN_3.substring(0, 20)) + 20) + "<a hre";
        return new Case("truncated HTML", write(dir, "truncated.html", cut), List.of(Outcome.accepted()));
    }

    /** 20,000 nested {@code <div>}s around the article: a recursive parser overflows its stack. */
    public static Case deeplyNestedHtml(Path dir) {
        int depth = 20_000;
        String body = "<div>".repeat(depth) + paragraphs(EN) + "</div>".repeat(depth);
        return new Case("deeply nested HTML", write(dir, "nested.html", page("utf-8", "", body)),
                List.of(Outcome.acceptedOrRejected("input.parser-crashed", "html.too-deep")));
    }

    /** 50 MB of paragraphs: over the default size limit, and rejected without being read. */
    public static Case hugePage(Path dir) {
        Path p = dir.resolve("huge.html");
        byte[] chunk = ("<p>" + EN_1 + "</p>\n").repeat(2000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(p)) {
            out.write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 50L << 20; written += chunk.length) {
                out.write(chunk);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Case("50 MB page", p, List.of(Outcome.rejected("input.too-large")));
    }

    /** Mostly UTF-8 with stray bytes that are not: decoded with a detected charset and flagged, not refused. */
    public static Case invalidUtf8(Path dir) {
        byte[] b = concat(EN_1.getBytes(StandardCharsets.UTF_8), new byte[] {' ', (byte) 0xC3, '(', ' ', (byte) 0xFF,
                ' '}, ("\n\n" + EN_2).getBytes(StandardCharsets.UTF_8));
        return new Case("invalid UTF-8", write(dir, "invalid-utf8.txt", b), List.of(Outcome.accepted("encoding.undeclared")));
    }

    /** Russian in a legacy charset, nothing declaring it: stored with the right text, flagged as not English. */
    public static Case russian(Path dir, String name, Charset charset) {
        return new Case("Russian in " + charset.name() + " without a declared charset",
                write(dir, name, RU.getBytes(charset)),
                List.of(Outcome.accepted("encoding.undeclared", "language.not-english")), Optional.of(RU));
    }

    /** A windows-1251 web page without a meta charset. */
    public static Case russianPage(Path dir) {
        String html = page(null, "<title>Переговоры в Стамбуле</title>", paragraphs(RU));
        return new Case("Russian page in windows-1251 without a charset",
                write(dir, "ru-page-windows-1251.html", html.getBytes(Charset.forName("windows-1251"))),
                List.of(Outcome.accepted("encoding.undeclared", "language.not-english")));
    }

    public static Case mixedLanguages(Path dir) {
        return new Case("mixed languages", write(dir, "mixed-languages.txt", EN_1 + "\n\n" + RU + "\n\n" + DE + "\n\n"
                + "停火谈判在伊斯坦布尔举行。"), List.of(Outcome.accepted()));
    }

    /** A good record, a record whose header is garbage, a good record. */
    public static Case brokenWarc(Path dir) {
        byte[] bad = ("WARC/1.0\r\nthis is not a header line\r\n\u0001\u0002 nonsense: \u0007\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] b = concat(warcRecord(1, WarcCompression.NONE), bad, warcRecord(2, WarcCompression.NONE));
        return new Case("broken WARC", write(dir, "broken.warc", b), List.of(Outcome.accepted(),
                Outcome.rejected("warc.broken-record"), Outcome.accepted()));
    }

    public static Case truncatedWarc(Path dir) {
        byte[] second = warcRecord(2, WarcCompression.NONE);
        byte[] b = concat(warcRecord(1, WarcCompression.NONE), Arrays.copyOf(second, second.length - 300));
        return new Case("truncated WARC", write(dir, "truncated.warc", b), List.of(Outcome.accepted(),
                Outcome.rejected("warc.broken-record")));
    }

    /** The only record declares more bytes than the file holds. */
    public static Case overlongWarc(Path dir) {
        String record = new String(warcRecord(1, WarcCompression.NONE), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Content-Length: (\\d+)").matcher(record);
        if (!m.find()) {
            throw new IllegalStateException("jwarc wrote no Content-Length");
        }
        String lying = record.substring(0, m.start(1)) + (Long.parseLong(m.group(1)) + 50_000) + record.substring(m.end(1));
        return new Case("WARC record longer than the file", write(dir, "overlong.warc",
                lying.getBytes(StandardCharsets.ISO_8859_1)), List.of(Outcome.rejected("warc.broken-record")));
    }

    /** A good member, a member of gzip garbage, a good member. */
    public static Case brokenWarcGz(Path dir) {
        byte[] garbage = new byte[400];
        new Random(3).nextBytes(garbage);
        byte[] member = concat(new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3}, garbage);
        byte[] b = concat(warcRecord(1, WarcCompression.GZIP), member, warcRecord(2, WarcCompression.GZIP));
        return new Case("broken WARC.gz", write(dir, "broken.warc.gz", b), List.of(Outcome.accepted(),
                Outcome.rejected("warc.broken-record"), Outcome.accepted()));
    }

    public static Case truncatedWarcGz(Path dir) {
        byte[] second = warcRecord(2, WarcCompression.GZIP);
        byte[] b = concat(warcRecord(1, WarcCompression.GZIP), Arrays.copyOf(second, second.length / 2));
        return new Case("truncated WARC.gz", write(dir, "truncated.warc.gz", b), List.of(Outcome.accepted(),
                Outcome.rejected("warc.broken-record")));
    }

    /** An unescaped ampersand and a tag never closed: not XML, so not a feed. */
    public static Case invalidRss(Path dir) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Talks & Truce"
                + "</title>\n<item><title>Istanbul round</title><description>" + EN_1 + "</description>\n"
                + "<item><title>Unclosed</title></channel></rss>\n";
        return new Case("RSS with invalid XML", write(dir, "invalid.rss", xml), List.of(Outcome.rejected("feed.malformed")));
    }

    /** Good lines around every kind of bad one; blank lines are not records. */
    public static Case badJsonl(Path dir) {
        String good = "{\"url\":\"https://news.example.org/a\",\"text\":" + json(EN) + "}";
        List<String> lines = List.of(good, "this is not json", "{\"text\": 5}", "[1, 2, 3]", "",
                "{\"text\":\"" + "\u0001\u0002\u0003" + "\"", "[".repeat(5000), "{\"text\":" + json(EN_2) + "}",
                "{\"text\":\"cut off in the mid");
        List<Outcome> outcomes = List.of(Outcome.accepted(), Outcome.rejected("jsonl.bad-line"),
                Outcome.rejected("jsonl.bad-line"), Outcome.rejected("jsonl.bad-line"),
                Outcome.rejected("jsonl.bad-line"), Outcome.rejected("jsonl.bad-line"), Outcome.accepted(),
                Outcome.rejected("jsonl.bad-line"));
        return new Case("JSONL with bad lines", write(dir, "bad-lines.jsonl", String.join("\n", lines)), outcomes);
    }

    /** Dates that do not exist or are not plausible: no date taken from them, each named in a problem. */
    public static Case impossibleDates(Path dir) {
        StringBuilder b = new StringBuilder();
        for (String date : List.of("2023-02-30", "9999-01-01", "0001-01-01T00:00:00Z")) {
            b.append("{\"published\":\"").append(date).append("\",\"text\":").append(json(EN)).append("}\n");
        }
        return new Case("impossible dates in metadata", write(dir, "impossible-dates.jsonl", b.toString()),
                List.of(Outcome.accepted("date.impossible"), Outcome.accepted("date.impossible"),
                        Outcome.accepted("date.impossible")));
    }

    /** A table: words, but no sentence. */
    public static Case table(Path dir) {
        StringBuilder b = new StringBuilder("Round\tCity\tDate\tPrisoners\n");
        for (int i = 1; i <= 40; i++) {
            b.append(i).append("\tIstanbul\t2025-").append(String.format("%02d", i % 12 + 1)).append("-16\t")
                    .append(i * 84).append('\n');
        }
        return new Case("a table", write(dir, "table.txt", b.toString()), List.of(Outcome.accepted()));
    }

    /** Numbers only: no letters, so no article. */
    public static Case numbers(Path dir) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            b.append(i * 7919 % 10007).append(i % 10 == 9 ? "\n" : ", ");
        }
        return new Case("a list of numbers", write(dir, "numbers.txt", b.toString()),
                List.of(Outcome.rejected("input.no-text")));
    }

    /** One sentence of 200,000 characters: ingest stores it; limiting sentence length is the analysis's job. */
    public static Case longSentence(Path dir) {
        StringBuilder b = new StringBuilder("The delegations talked");
        String[] parts = {" and then they talked again", " about prisoners", " and about ceasefire lines",
            " while mediators waited", " in the palace by the water"};
        for (int i = 0; b.length() < 200_000 - 1; i++) {
            b.append(parts[i % parts.length]);
        }
        b.setLength(200_000 - 1);
        b.append('.');
        return new Case("one 200,000-character sentence", write(dir, "long-sentence.txt", b.toString()),
                List.of(Outcome.accepted()));
    }

    // --- helpers, public where other modules' tests may want the same bytes

    /** One gzip member (or plain record) holding an HTML response with a two-paragraph article. */
    public static byte[] warcRecord(int n, WarcCompression compression) {
        String html = page("utf-8", "<title>Round " + n + "</title>", paragraphs(EN));
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html; charset=utf-8")
                .body(MediaType.parse("text/html; charset=utf-8"), bytes).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(out), compression)) {
            w.write(new WarcResponse.Builder(URI.create("https://news.example.org/round-" + n)).date(FETCHED)
                    .body(http).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A page; {@code charset} null for one that declares none. */
    public static String page(String charset, String head, String body) {
        return "<!DOCTYPE html>\n<html><head>" + (charset == null ? "" : "<meta charset=\"" + charset + "\">") + head
                + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article>" + body
                + "</article><footer><p>All rights reserved.</p></footer></body></html>";
    }

    public static String paragraphs(String text) {
        return "<p>" + String.join("</p>\n<p>", text.split("\n\n")) + "</p>";
    }

    public static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }

    public static Path write(Path dir, String name, String content) {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    public static Path write(Path dir, String name, byte[] content) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            return Files.write(p, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
