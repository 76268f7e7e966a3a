package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.Problem;

/** The whole hostile catalogue beside two good articles, in one batch: every input ends exactly as expected. */
class HostileTest {

    @TempDir
    Path dir;

    @Test
    void everyInputEndsAsExpectedAndTheCountsAddUp() {
        List<Hostile.Case> cases = Hostile.catalogue(dir);
        List<IngestResult> results = new ArrayList<>();
        try (Stream<IngestResult> s = Ingest.builder().build().read(dir.toString())) {
            s.forEach(results::add); // an exception escaping would fail the test here
        }

        Map<String, List<IngestResult>> byInput = new LinkedHashMap<>();
        for (IngestResult r : results) {
            String source = r.source();
            int hash = source.indexOf('#');
            byInput.computeIfAbsent(hash < 0 ? source : source.substring(0, hash), k -> new ArrayList<>()).add(r);
        }
        assertThat(byInput.keySet()).as("every input gives at least one line, and only inputs do")
                .containsExactlyElementsOf(cases.stream().map(c -> c.path().toString()).toList());
        int expected = 0;
        for (Hostile.Case c : cases) {
            List<IngestResult> got = byInput.get(c.path().toString());
            assertThat(got).as(c.name()).hasSize(c.outcomes().size());
            for (int i = 0; i < got.size(); i++) {
                check(c, got.get(i), c.outcomes().get(i));
            }
            expected += c.outcomes().size();
        }
        long accepted = results.stream().filter(r -> r instanceof IngestResult.Accepted).count();
        long rejected = results.stream().filter(r -> r instanceof IngestResult.Rejected).count();
        assertThat(accepted + rejected).isEqualTo(results.size()).isEqualTo(expected);
        assertThat(accepted).as("the good articles and the legacy-encoded Russian ones are among them").isGreaterThanOrEqualTo(10);
    }

    private static void check(Hostile.Case c, IngestResult r, Hostile.Outcome want) {
        if (r instanceof IngestResult.Rejected rej) {
            Problem p = rej.problem();
            assertThat(want.rejections()).as("%s: %s", c.name(), p.line()).contains(p.code());
            assertClean(p);
            return;
        }
        Article a = ((IngestResult.Accepted) r).article();
        assertThat(want.acceptable()).as("%s was accepted: %s", c.name(), a.source()).isTrue();
        assertThat(a.problems().stream().map(Problem::code).toList()).as(c.name()).containsAll(want.required());
        a.problems().forEach(HostileTest::assertClean);
        c.text().ifPresent(t -> assertThat(a.bodyText()).as(c.name()).isEqualTo(t));
        if (want.required().contains("language.not-english")) {
            assertThat(a.language()).as(c.name()).isIn("ru", "uk");
        }
    }

    /** One line for a person: no control characters, no escaped raw bytes, capped. */
    static void assertClean(Problem p) {
        assertThat(p.message().chars().filter(ch -> Character.isISOControl(ch)).count()).as(p.message()).isZero();
        assertThat(p.message()).doesNotContain("\\x").hasSizeLessThanOrEqualTo(Messages.MESSAGE_CHARS);
    }
}
