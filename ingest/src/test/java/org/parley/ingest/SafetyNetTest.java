package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.ingest.Fixtures.accepted;
import static org.parley.ingest.Fixtures.all;
import static org.parley.ingest.Fixtures.rejected;
import static org.parley.ingest.Fixtures.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.parley.model.Problem;

/** Errors thrown by libraries on one record are that record's line; limits say their name and value. */
class SafetyNetTest {

    @TempDir
    Path dir;

    /** Records whose n-th advance runs {@code crash}; the others yield a rejection named by their number. */
    private static final class Crashing extends Records {
        private final int crashAt;
        private final Supplier<Object> crash;
        private int n;

        Crashing(int crashAt, Supplier<Object> crash) {
            super(100);
            this.crashAt = crashAt;
            this.crash = crash;
        }

        @Override
        protected Optional<IngestResult> advance() {
            if (++n > 3) {
                return Optional.empty();
            }
            if (n == crashAt) {
                crash.get();
            }
            return Optional.of(Assembler.reject("test.record", current(), "record " + n));
        }

        @Override
        protected String current() {
            return "in#" + n;
        }

        @Override
        protected Optional<String> position() {
            return Optional.of("at byte " + n * 100);
        }

        @Override
        protected void skipBroken() {
        }

        @Override
        protected IngestResult nothingRead() {
            return Assembler.reject("test.nothing", "in", "nothing");
        }

        @Override
        protected String input() {
            return "in";
        }

        @Override
        public void close() {
        }
    }

    private static int depth(int n) {
        return n <= 0 ? 0 : 1 + depth(n - 1);
    }

    @Test
    void aStackOverflowInOneRecordIsThatRecordsLine() {
        List<IngestResult> rs = new Crashing(2, () -> depth(Integer.MAX_VALUE)).stream().toList();
        assertThat(rs).extracting(r -> rejected(r).code())
                .containsExactly("test.record", "input.parser-crashed", "test.record");
        Problem p = rejected(rs.get(1));
        assertThat(p.input()).isEqualTo("in#2");
        assertThat(p.message()).contains("stack overflow").contains("at byte 200");
    }

    @Test
    void runningOutOfMemoryInOneRecordIsThatRecordsLine() {
        List<IngestResult> rs = new Crashing(1, () -> new long[Integer.MAX_VALUE - 8]).stream().toList();
        assertThat(rs).extracting(r -> rejected(r).code())
                .containsExactly("input.parser-crashed", "test.record", "test.record");
        assertThat(rejected(rs.get(0)).message()).contains("out of memory");
    }

    @Test
    void internalVmErrorsAreNotSwallowed() {
        assertThatThrownBy(() -> new Crashing(1, () -> {
            throw new InternalError("broken VM");
        }).stream().toList()).isInstanceOf(InternalError.class);
    }

    @Test
    void aDeeplyNestedPageIsOneLineAndTheBatchGoesOn() {
        Hostile.goodText(dir);
        Hostile.deeplyNestedHtml(dir);
        Hostile.goodHtml(dir);
        List<IngestResult> rs = all(Ingest.builder().build(), dir.toString());
        assertThat(rs).hasSize(3);
        accepted(rs.get(0));
        accepted(rs.get(1));
        if (rs.get(2) instanceof IngestResult.Rejected r) {
            assertThat(r.problem().code()).isIn("input.parser-crashed", "html.too-deep");
        }
    }

    @Test
    void maxRecordsStopsAnArchiveWithOneLineNamingTheLimit() throws IOException {
        byte[] warc = Hostile.concat(Hostile.warcRecord(1, WarcCompression.GZIP), Hostile.warcRecord(2,
                WarcCompression.GZIP), Hostile.warcRecord(3, WarcCompression.GZIP));
        Path p = write(dir, "three.warc.gz", warc);
        Ingest two = Ingest.builder().maxRecords(2).build();
        List<IngestResult> rs = all(two, p.toString());
        assertThat(rs).hasSize(3);
        accepted(rs.get(0));
        accepted(rs.get(1));
        Problem limit = rejected(rs.get(2));
        assertThat(limit.code()).isEqualTo("input.too-many-records");
        assertThat(limit.message()).contains("maxRecords").contains("more than 2 records");
        // exactly at the limit: no line about it
        assertThat(all(Ingest.builder().maxRecords(3).build(), p.toString())).hasSize(3)
                .allSatisfy(Fixtures::accepted);

        String line = "{\"text\":" + Hostile.json(Hostile.EN) + "}\n";
        Path jsonl = write(dir, "three.jsonl", line.repeat(3));
        assertThat(all(two, jsonl.toString())).extracting(r -> r instanceof IngestResult.Rejected rej
                ? rej.problem().code() : "accepted").containsExactly("accepted", "accepted", "input.too-many-records");

        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>");
        for (int i = 1; i <= 3; i++) {
            rss.append("<item><title>Round ").append(i).append("</title><description>").append(Hostile.EN_1)
                    .append("</description></item>");
        }
        Path feed = write(dir, "three.rss", rss.append("</channel></rss>").toString());
        List<IngestResult> items = all(two, feed.toString());
        assertThat(items).hasSize(3);
        assertThat(rejected(items.get(2)).message()).contains("maxRecords limit of 2");
    }

    @Test
    void anArchiveOrFileWithNothingInItStillGivesALine() {
        Path blank = write(dir, "blank.jsonl", "\n\n   \n");
        assertThat(rejected(all(Ingest.builder().build(), blank.toString()).get(0)).code()).isEqualTo("input.empty");
        Path info = write(dir, "info.warc", "WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
                + "WARC-Date: 2025-05-17T06:00:00Z\r\nContent-Length: 0\r\n\r\n\r\n\r\n");
        List<IngestResult> rs = all(Ingest.builder().build(), info.toString());
        assertThat(rs).hasSize(1);
        assertThat(rejected(rs.get(0)).code()).isEqualTo("warc.no-pages");
        assertThat(rejected(rs.get(0)).message()).contains("none of its 1 records");
    }

    @Test
    void consecutiveBrokenRecordsAreOneLineEachAndReadingEnds() {
        byte[] a = Hostile.warcRecord(1, WarcCompression.GZIP);
        byte[] b = Hostile.warcRecord(2, WarcCompression.GZIP);
        byte[] cutA = java.util.Arrays.copyOf(a, a.length / 3);
        byte[] cutB = java.util.Arrays.copyOf(b, b.length / 2);
        for (byte[][] parts : List.of(new byte[][] {cutA, cutB, a}, new byte[][] {a, cutA, cutB, b, cutA})) {
            Path p = write(dir, "cuts.warc.gz", Hostile.concat(parts));
            List<IngestResult> rs = all(Ingest.builder().build(), p.toString());
            assertThat(rs).as("one line per member").hasSize(parts.length);
            for (int i = 0; i < parts.length; i++) {
                boolean whole = parts[i] == a || parts[i] == b;
                assertThat(rs.get(i) instanceof IngestResult.Accepted).as("member %d", i + 1).isEqualTo(whole);
            }
        }
    }

    @Test
    void builderChecksMaxRecords() {
        assertThatThrownBy(() -> Ingest.builder().maxRecords(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxRecords");
        assertThatThrownBy(() -> Ingest.builder().maxRecords(5).maxRecords(6))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void messagesQuoteInputCappedAndEscaped() {
        assertThat(Messages.quote("a\u0000b\u001B[2Jc")).isEqualTo("'a\\u0000b\\u001B[2Jc'");
        assertThat(Messages.quote("x".repeat(100))).hasSize(Messages.EXCERPT_CHARS + 5).endsWith("...'");
        assertThat(Messages.clean("bad \uD800 surrogate \n newline")).isEqualTo("bad \\uD800 surrogate \\u000A newline");
        assertThat(Messages.clean("y".repeat(5000))).hasSize(Messages.MESSAGE_CHARS);
        // a pair is kept whole, also where the cap falls inside it
        assertThat(Messages.quote("\uD83D\uDE00".repeat(40))).doesNotContain("\\uD83D");
        List<String> bad = new ArrayList<>();
        for (char c = 0; c < 0xA0; c++) {
            if (Character.isISOControl(Messages.clean("a" + c + "b").charAt(1))) {
                bad.add(Integer.toHexString(c));
            }
        }
        assertThat(bad).isEmpty();
    }
}
