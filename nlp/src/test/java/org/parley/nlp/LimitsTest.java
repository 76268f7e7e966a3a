package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Document;
import org.parley.model.EntityKind;
import org.parley.model.Mention;
import org.parley.model.Mentions;
import org.parley.model.Problem;
import org.parley.model.Sentence;
import org.parley.model.Sentences;
import org.parley.model.Timexes;
import org.parley.model.Tokens;

/** A run-on "sentence" (a table, a list without full stops) is skipped by pos/ner and reported, not ground through. */
class LimitsTest {

    @Test
    void aSentenceOverTheLimitIsReportedAndTheRestIsAnalysed() {
        int limit = Fixtures.nlp().maxSentenceLength();
        // 6 tokens per repetition, no full stop: one sentence of 6 * reps tokens
        int reps = limit / 6 + 20;
        String runOn = "delegates met on Tuesday in Geneva ".repeat(reps).strip();
        String text = runOn + ".\n\nSergey Lavrov spoke in Geneva on Friday.";
        Document doc = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> Fixtures.analysed(Fixtures.article(text, Optional.of(LocalDate.of(2022, 5, 4)))));

        List<Sentence> sentences = doc.get(Sentences.class).items();
        assertThat(sentences).hasSize(2);
        Sentence longOne = sentences.get(0);
        assertThat(longOne.endToken() - longOne.firstToken()).isGreaterThan(limit);

        assertThat(doc.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("nlp.sentence-too-long");
            assertThat(p.span()).contains(longOne.span());
            assertThat(p.message()).contains(Integer.toString(limit));
        });
        // tokens are still there, untagged; no entity or time expression inside the skipped sentence
        assertThat(doc.get(Tokens.class).items().subList(longOne.firstToken(), longOne.endToken()))
                .allSatisfy(t -> assertThat(t.pos()).isEqualTo("X"));
        assertThat(doc.get(Mentions.class).items()).allSatisfy(m -> assertThat(longOne.span().overlaps(m.span())).isFalse());
        assertThat(doc.get(Timexes.class).items()).allSatisfy(t -> assertThat(longOne.span().overlaps(t.span())).isFalse());
        // the next sentence is analysed normally
        assertThat(doc.get(Mentions.class).items()).extracting(m -> m.span().of(text) + "/" + m.kind())
                .containsExactly("Sergey Lavrov/PERSON", "Geneva/LOCATION");
        assertThat(doc.get(Timexes.class).items()).singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualTo("2022-05-06"));
    }

    @Test
    void aSentenceAtTheLimitIsAnalysed() {
        int limit = Fixtures.nlp().maxSentenceLength();
        // "Geneva" + ("," "Geneva") * n + "." stays within the limit
        int n = (limit - 2) / 2;
        String text = "Geneva" + ", Geneva".repeat(n) + ".";
        Document doc = Fixtures.analysed(Fixtures.article(text, Optional.empty()));
        assertThat(doc.get(Tokens.class).items()).hasSizeLessThanOrEqualTo(limit);
        assertThat(doc.problems()).extracting(Problem::code).doesNotContain("nlp.sentence-too-long");
        assertThat(doc.get(Mentions.class).items()).extracting(Mention::kind).contains(EntityKind.LOCATION);
    }
}
