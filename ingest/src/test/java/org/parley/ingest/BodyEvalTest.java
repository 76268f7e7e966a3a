package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Body extraction scored on the pages we have: our fixtures per structure and script, and the example corpus. */
class BodyEvalTest {

    /** Fixture pages (ingest/src/test/pages/make_pages.py) and the expected bodies of the example corpus's pages. */
    static final Path PAGES = Path.of("src/test/pages");
    static final List<Path> DIRS = List.of(PAGES, Path.of("../examples/corpus/html"),
            Path.of("../examples/tools/warc-pages"));
    /** Mean F1 over all pages; 0.555 before the fallback and furniture rules (see docs/quality.md). */
    static final double FLOOR = 0.95;

    static List<BodyEval.Scored> scores;

    @BeforeAll
    static void score() {
        scores = BodyEval.score(DIRS);
    }

    @Test
    void everyPageIsScored() throws Exception {
        long pages;
        try (var s = Files.walk(PAGES)) {
            pages = s.filter(p -> p.toString().endsWith(".expected.txt")).count();
        }
        assertThat(scores).hasSize((int) pages);
        assertThat(scores).extracting(BodyEval.Scored::name)
                .contains("en-hidden", "ru-hidden", "zh-hidden", "ja-short", "grain-deal-signed",
                        "02-wire-istanbul-direct-talks");
    }

    @Test
    void meanF1IsAboveTheFloor() {
        double f1 = BodyEval.mean(scores, Overlap::f1);
        assertThat(f1).as(table()).isGreaterThanOrEqualTo(FLOOR);
    }

    @Test
    void noPageWithAnArticleIsRejectedInAnyScript() {
        assertThat(scores).filteredOn(s -> !s.name().endsWith("-listing"))
                .allSatisfy(s -> assertThat(s.rejected()).as(s.name()).isNull());
    }

    @Test
    void listingPagesAreNotTakenForAnArticle() {
        assertThat(scores).filteredOn(s -> s.name().endsWith("-listing")).hasSize(3)
                .allSatisfy(s -> assertThat(s.rejected()).as(s.name()).isEqualTo("html.no-article"));
    }

    @Test
    void eachPageKeepsMostOfItsArticleAndLittleElse() {
        assertThat(scores).allSatisfy(s -> assertThat(s.overlap().f1()).as(s.name() + "\n" + table())
                .isGreaterThanOrEqualTo(0.85));
    }

    private static String table() {
        StringBuilder b = new StringBuilder();
        for (BodyEval.Scored s : scores) {
            b.append(String.format(java.util.Locale.ROOT, "%-36s P %.3f R %.3f F1 %.3f %s%n", s.name(),
                    s.overlap().precision(), s.overlap().recall(), s.overlap().f1(),
                    s.rejected() == null ? "" : s.rejected()));
        }
        return b.toString();
    }
}
