package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ingest.Fixtures.BODY;
import static org.parley.ingest.Fixtures.accepted;
import static org.parley.ingest.Fixtures.all;
import static org.parley.ingest.Fixtures.codes;
import static org.parley.ingest.Fixtures.one;
import static org.parley.ingest.Fixtures.oneRejected;
import static org.parley.ingest.Fixtures.rejected;
import static org.parley.ingest.Fixtures.write;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.Problem;

/** Each kind of bad input gives one clear line naming the input and the reason, and never an exception. */
class BadInputTest {

    private static final Ingest INGEST = Ingest.builder().build();

    @TempDir
    Path dir;

    @Test
    void emptyAndWhitespaceOnlyFiles() {
        Problem p = oneRejected(INGEST, write(dir, "empty.txt", "").toString());
        assertThat(p.code()).isEqualTo("input.empty");
        assertThat(p.line()).startsWith(dir.resolve("empty.txt") + ": ");
        assertThat(oneRejected(INGEST, write(dir, "blank.txt", " \n\t\n").toString()).code()).isEqualTo("input.empty");
    }

    @Test
    void binaryFiles() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(oneRejected(INGEST, write(dir, "photo.txt", png).toString()).code()).isEqualTo("input.binary");
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            if (noise[i] == 0) {
                noise[i] = (byte) 0xFF; // no NULs: it must be caught by its high-byte density alone
            }
        }
        assertThat(oneRejected(INGEST, write(dir, "noise.html", noise).toString()).code()).isEqualTo("input.binary");
        byte[] gz = {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3};
        assertThat(oneRejected(INGEST, write(dir, "data.gz", gz).toString()).code()).isEqualTo("input.binary");
    }

    @Test
    void htmlWithoutArticle() {
        String page = Fixtures.html("<title>Example News</title>", "<form><label>Search</label><input name=q>"
                + "<button>Go</button></form><p>Sign in</p>");
        Problem p = oneRejected(INGEST, write(dir, "nav.html", page).toString());
        assertThat(p.code()).isEqualTo("html.no-article");
        assertThat(p.message()).contains("words");
    }

    @Test
    void undeclaredEncodingIsDecodedAndFlagged() {
        String text = "\u201CWe are ready,\u201D the caf\u00E9 owner said. " + BODY;
        byte[] cp1252 = text.getBytes(Decoding.WINDOWS_1252);
        Article a = one(INGEST, write(dir, "cp1252.txt", cp1252).toString());
        assertThat(a.text()).startsWith("\u201CWe are ready,\u201D the caf\u00E9 owner");
        assertThat(codes(a)).contains("encoding.undeclared");
        assertThat(a.problems()).filteredOn(p -> p.code().equals("encoding.undeclared")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("windows-1252"));

        String html = "<html><head><title>t</title></head><body>" + Fixtures.articleBody() + "</body></html>";
        Article page = one(INGEST, write(dir, "nocharset.html", html.getBytes(StandardCharsets.UTF_8)).toString());
        assertThat(page.problems()).filteredOn(p -> p.code().equals("encoding.undeclared")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("UTF-8"));

        // a UTF-8 text file is the convention: no problem
        assertThat(codes(one(INGEST, write(dir, "utf8.txt", text).toString()))).doesNotContain("encoding.undeclared");
    }

    @Test
    void fiftyMegabytePageIsRejectedWithItsSizeWithoutReadingIt() throws IOException {
        Path big = dir.resolve("big.html");
        byte[] chunk = ("<p>" + Fixtures.P1 + "</p>\n").repeat(2000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("<!DOCTYPE html><html><body>".getBytes(StandardCharsets.UTF_8));
            while (Files.size(big) < 50L << 20) {
                out.write(chunk);
                out.flush();
            }
        }
        long size = Files.size(big);
        Problem p = oneRejected(INGEST, big.toString());
        assertThat(p.code()).isEqualTo("input.too-large");
        assertThat(p.message()).contains(Long.toString(size)).contains(Long.toString(10L << 20));

        // the cap is per document: one long JSONL line is rejected, its neighbours are read
        Ingest small = Ingest.builder().maxBytes(2000).build();
        String line = "{\"text\":\"" + BODY.replace("\n", " ") + "\"}\n";
        String longLine = "{\"text\":\"" + "x ".repeat(2000) + "\"}\n";
        List<IngestResult> rs = all(small, write(dir, "mixed.jsonl", line + longLine + line).toString());
        assertThat(rs).hasSize(3);
        assertThat(rejected(rs.get(1)).code()).isEqualTo("input.too-large");
        accepted(rs.get(2));
    }

    @Test
    void nonEnglishIsAcceptedAndFlagged() {
        Article a = one(INGEST, write(dir, "ru.txt", Fixtures.RUSSIAN).toString());
        assertThat(a.language()).isEqualTo("ru");
        assertThat(a.isEnglish()).isFalse();
        assertThat(codes(a)).contains("language.not-english");
        assertThat(a.text()).isEqualTo(Fixtures.RUSSIAN); // the whole text is Cyrillic: nothing is "foreign"
    }

    @Test
    void tooLittleTextForALanguage() {
        Article a = one(INGEST, write(dir, "short.txt", "Talks resume.").toString());
        assertThat(a.language()).isEqualTo("und");
        assertThat(codes(a)).contains("language.too-short");
    }

    @Test
    void unreachableUrl() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort(); // free once closed: nothing listens there
        }
        String url = "http://127.0.0.1:" + port + "/article";
        Ingest fast = Ingest.builder().httpTimeout(Duration.ofSeconds(2)).build();
        Problem p = oneRejected(fast, url);
        assertThat(p.code()).isEqualTo("url.unreachable");
        assertThat(p.input()).isEqualTo(url);
    }

    @Test
    void missingPaths() {
        Problem p = oneRejected(INGEST, dir.resolve("nope.txt").toString());
        assertThat(p.code()).isEqualTo("input.not-found");
        assertThat(p.line()).contains("nope.txt").contains("no such file");
        assertThat(oneRejected(INGEST, "ftp://example.org/a").message()).contains("http(s)");
    }

    @Test
    void directoryReadsEveryFileInOrderAndBadOnesDoNotStopTheRest() {
        write(dir, "b/2.txt", Fixtures.TITLE + "\n\n" + BODY);
        write(dir, "a.txt", "");
        write(dir, "c.html", Fixtures.html("", Fixtures.articleBody()));
        write(dir, ".hidden/x.txt", BODY);
        write(dir, ".DS_Store", new byte[] {0, 1, 2});
        List<IngestResult> rs = all(INGEST, dir.toString());
        assertThat(rs).extracting(IngestResult::source).containsExactly(dir.resolve("a.txt").toString(),
                dir.resolve("b/2.txt").toString(), dir.resolve("c.html").toString());
        assertThat(rejected(rs.get(0)).code()).isEqualTo("input.empty");
        accepted(rs.get(1));
        accepted(rs.get(2));
        assertThat(all(INGEST, dir.toString())).isEqualTo(rs);
        // Spread over workers file by file, the directory reads the same.
        List<String> files = Ingest.expand(dir.toString());
        assertThat(files).isEqualTo(rs.stream().map(IngestResult::source).toList());
        assertThat(files.stream().flatMap(f -> all(INGEST, f).stream()).toList()).isEqualTo(rs);
        assertThat(Ingest.expand("nope")).containsExactly("nope");
        assertThat(Ingest.expand(write(dir, "d.txt", BODY).toString())).containsExactly(dir.resolve("d.txt").toString());
        // A copy read under the name of the file it was copied from.
        try (var named = INGEST.read(dir.resolve("c.html"), "hdfs://cluster/news/c.html")) {
            assertThat(named.toList()).singleElement().satisfies(r -> {
                assertThat(r.source()).isEqualTo("hdfs://cluster/news/c.html");
                accepted(r);
            });
        }
        try (var gone = INGEST.read(dir.resolve("gone.html"), "hdfs://cluster/news/gone.html")) {
            assertThat(rejected(gone.findFirst().orElseThrow()).line()).startsWith("hdfs://cluster/news/gone.html");
        }
    }

    @Test
    void readingIsLazy() throws IOException {
        write(dir, "1.txt", BODY);
        Path second = write(dir, "2.txt", BODY);
        try (var s = INGEST.read(dir.toString())) {
            var it = s.iterator();
            accepted(it.next());
            Files.write(second, new byte[0]); // changed before the stream reached it
            assertThat(rejected(it.next()).code()).isEqualTo("input.empty");
        }
    }

    @Test
    void truncatedUncompressedWarcGivesOneRejection() throws IOException {
        byte[] gz = FormatsTest.record("https://a.example/1", java.time.Instant.parse("2025-05-17T06:00:00Z"),
                "text/html", Fixtures.html("", Fixtures.articleBody()));
        byte[] plain = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz)).readAllBytes();
        Path p = write(dir, "cut.warc", FormatsTest.concat(plain, Arrays.copyOf(plain, plain.length - 200)));
        List<IngestResult> rs = all(INGEST, p.toString());
        assertThat(rs).hasSize(2);
        accepted(rs.get(0));
        assertThat(rejected(rs.get(1)).code()).isEqualTo("warc.broken-record");
    }
}
