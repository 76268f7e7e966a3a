package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.parley.model.Article;
import org.parley.model.Problem;

/** Fixture text written for these tests (public facts about the 2025 Istanbul talks), and small helpers. */
final class Fixtures {

    static final String P1 = "Delegations from Russia and Ukraine met at the Dolmabahce Palace in Istanbul for their "
            + "first direct talks since the spring of 2022. Turkish Foreign Minister Hakan Fidan opened the meeting, "
            + "which lasted less than two hours.";
    static final String P2 = "The Russian side was led by presidential aide Vladimir Medinsky and the Ukrainian side by "
            + "Defence Minister Rustem Umerov. Both delegations agreed to exchange one thousand prisoners of war each.";
    static final String P3 = "A second round in the same city produced an exchange of memoranda, in which each side "
            + "set out its conditions for a ceasefire.";
    static final String BODY = P1 + "\n\n" + P2 + "\n\n" + P3;
    static final String TITLE = "Russian and Ukrainian delegations meet in Istanbul";

    /** Russian, for the non-English case: the same facts in the writer's own words. */
    static final String RUSSIAN = "Делегации России и Украины встретились в Стамбуле впервые с весны 2022 года. "
            + "Стороны договорились об обмене военнопленными по формуле тысяча на тысячу. Следующий раунд "
            + "переговоров прошёл в том же городе, и стороны обменялись меморандумами.";

    private Fixtures() {
    }

    static String html(String head, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">" + head + "</head><body>"
                + "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>"
                + "<li><a href=\"/politics\">Politics</a></li></ul></nav>" + body
                + "<footer><p>Copyright 2025 Example News. All rights reserved.</p></footer></body></html>";
    }

    static String articleBody() {
        return "<article><h1>" + TITLE + "</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>Share this article</p><p>" + P3
                + "</p></article>";
    }

    static Path write(Path dir, String name, String content) {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] content) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            return Files.write(p, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<IngestResult> all(Ingest ingest, String input) {
        try (Stream<IngestResult> s = ingest.read(input)) {
            return s.toList();
        }
    }

    static Article accepted(IngestResult r) {
        assertThat(r).as("result for %s", r.source()).isInstanceOf(IngestResult.Accepted.class);
        return ((IngestResult.Accepted) r).article();
    }

    static Article one(Ingest ingest, String input) {
        List<IngestResult> rs = all(ingest, input);
        assertThat(rs).hasSize(1);
        return accepted(rs.get(0));
    }

    static Problem rejected(IngestResult r) {
        assertThat(r).as("result for %s", r.source()).isInstanceOf(IngestResult.Rejected.class);
        return ((IngestResult.Rejected) r).problem();
    }

    static Problem oneRejected(Ingest ingest, String input) {
        List<IngestResult> rs = all(ingest, input);
        assertThat(rs).hasSize(1);
        return rejected(rs.get(0));
    }

    static List<String> codes(Article a) {
        return a.problems().stream().map(Problem::code).toList();
    }
}
