package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Document;
import org.parley.model.Mentions;
import org.parley.store.Store;
import org.parley.store.StoreConfig;

/**
 * One batch full of bad input: each bad input gives one clear line naming it and the reason, the good inputs are
 * stored whole, and nothing half-written is left in the store.
 */
class BadInputTest {

    @TempDir
    static Path dir;
    static Path db;
    static Cli.Run run;

    static final String GOOD = """
            Delegations to meet again in Istanbul

            Russian and Ukrainian delegations held a second round of direct talks in Istanbul on June 2, 2025,
            Turkish Foreign Minister Hakan Fidan said. The two sides exchanged written memoranda and agreed to
            swap prisoners of war aged 18 to 25, according to Rustem Umerov, who led Ukraine's delegation.
            """;

    @BeforeAll
    static void ingestABadBatch() throws IOException {
        Files.writeString(dir.resolve("good.txt"), GOOD);
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Files.write(dir.resolve("photo.txt"), noise);
        Files.writeString(dir.resolve("nav-only.html"), """
                <html><head><title>Menu</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a>
                </nav><footer>© Example Media. All rights reserved.</footer></body></html>""");
        // windows-1252 without any declaration: curly quotes and an accented name.
        Files.write(dir.resolve("cp1252.txt"), ("Talks in Istanbul\n\nTurkish Foreign Minister Mevl\u00fct "
                + "\u00c7avu\u015fo\u011flu hosted the \u201cconstructive\u201d meeting of the two delegations on "
                + "March 29, 2022, at Dolmabah\u00e7e Palace, where both sides discussed neutrality.")
                .replace('\u015f', 's').replace('\u011f', 'g').replace('\u00c7', 'C')
                .getBytes("windows-1252"));
        Files.writeString(dir.resolve("russian.txt"), """
                Переговоры в Стамбуле

                Второй раунд прямых переговоров между делегациями России и Украины прошёл в Стамбуле 2 июня 2025 года.
                Стороны обменялись меморандумами и договорились об обмене военнопленными.
                """);
        writeHugePage(dir.resolve("huge.html"), 50L << 20);
        Files.write(dir.resolve("broken.warc.gz"), brokenWarc());
        db = dir.resolve("store.duckdb");
        // --write-batch 2: the good inputs are stored over several transactions.
        run = Cli.run("ingest", "--db", db.toString(), "--no-progress", "--write-batch", "2",
                dir.resolve("good.txt").toString(),
                dir.resolve("empty.txt").toString(), dir.resolve("photo.txt").toString(),
                dir.resolve("nav-only.html").toString(), dir.resolve("cp1252.txt").toString(),
                dir.resolve("russian.txt").toString(), dir.resolve("huge.html").toString(),
                dir.resolve("broken.warc.gz").toString(), dir.resolve("missing.txt").toString(),
                "http://127.0.0.1:9/unreachable");
    }

    static String errLineAbout(String input) {
        List<String> lines = run.errLines().stream().filter(l -> l.contains(input)).toList();
        assertThat(lines).as("stderr lines about " + input + " in:\n" + run.err()).hasSize(1);
        return lines.get(0);
    }

    @Test
    void eachRejectedInputGetsOneLineWithItsReason() {
        assertThat(errLineAbout("empty.txt")).contains("input.empty");
        assertThat(errLineAbout("photo.txt")).contains("input.binary");
        assertThat(errLineAbout("nav-only.html")).contains("html.no-article");
        assertThat(errLineAbout("huge.html")).contains("input.too-large");
        assertThat(errLineAbout("broken.warc.gz")).contains("warc.");
        assertThat(errLineAbout("missing.txt")).contains("input.not-found");
        assertThat(errLineAbout("127.0.0.1:9")).contains("url.unreachable");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void theBatchGoesOnAndStoresTheGoodOnesWhole() {
        assertThat(run.exit()).as("the exit status says some inputs were rejected").isEqualTo(3);
        assertThat(run.out()).contains("new 3").contains("(1 stored but not analysed)");
        try (Store store = Store.open(StoreConfig.duckdb(db))) {
            assertThat(store.count()).isEqualTo(3);
            for (var summary : store.list(10, 0)) {
                Document doc = store.get(summary.id()).orElseThrow();
                assertThat(doc.text()).isNotBlank();
                if (doc.article().isEnglish()) {
                    assertThat(doc.get(Mentions.class).items()).isNotEmpty();
                } else {
                    assertThat(doc.article().language()).isEqualTo("ru");
                    assertThat(doc.allProblems()).anyMatch(p -> p.code().equals("language.not-english"));
                }
            }
        }
    }

    @Test
    void anUndeclaredEncodingIsDecodedAndSaidSo() {
        try (Store store = Store.open(StoreConfig.duckdb(db))) {
            Document doc = store.list(10, 0).stream().map(s -> store.get(s.id()).orElseThrow())
                    .filter(d -> d.article().source().endsWith("cp1252.txt")).findFirst().orElseThrow();
            assertThat(doc.text()).contains("Mevl\u00fct", "\u201cconstructive\u201d", "Dolmabah\u00e7e");
            assertThat(doc.allProblems()).anyMatch(p -> p.code().equals("encoding.undeclared"));
        }
    }

    @Test
    void runningTheSameBatchAgainChangesNothing() {
        Cli.Run again = Cli.run("ingest", "--db", db.toString(), "--no-progress", dir.resolve("good.txt").toString(),
                dir.resolve("cp1252.txt").toString(), dir.resolve("russian.txt").toString());
        assertThat(again.out()).contains("new 0, updated 0, unchanged 3");
    }

    private static void writeHugePage(Path file, long bytes) throws IOException {
        byte[] para = "<p>Negotiators met again and again in a page that never ends.</p>\n"
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("<html><body><article>".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < bytes; written += para.length) {
                out.write(para);
            }
        }
    }

    /** A gzipped WARC response record whose block is cut short of its declared Content-Length. */
    private static byte[] brokenWarc() throws IOException {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Cut off";
        String record = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:6f1c5c1e-0d1a-4a55-9d8e-"
                + "2a9f0e0c0b01>\r\nWARC-Date: 2025-06-02T10:00:00Z\r\nWARC-Target-URI: https://example.org/cut\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: 5000\r\n\r\n" + http;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(record.getBytes(StandardCharsets.US_ASCII));
        }
        return bytes.toByteArray();
    }
}
