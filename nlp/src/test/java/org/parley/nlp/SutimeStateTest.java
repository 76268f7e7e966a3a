package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Timex;
import org.parley.model.Timexes;

/**
 * SUTime tags its shared rule values while reading ("Friday" after a past-tense verb resolves to the past) and
 * CoreNLP never removes those tags (issue 1061). A document's time values must depend on that document only.
 */
class SutimeStateTest {

    static final Optional<LocalDate> THURSDAY = Optional.of(LocalDate.of(2025, 5, 15));
    // Written for this test. No tense pattern stands near "Friday" in the first; "said on" in the second.
    static final String OPEN = "The next meeting in Istanbul is expected on Friday.";
    static final String PAST = "Negotiators said on Friday that they had agreed.";

    static List<Timex> timexes(String text) {
        return Fixtures.analysed(Fixtures.article(text, THURSDAY)).get(Timexes.class).items();
    }

    @Test
    void aDocumentReadsTheSameAfterAnotherThatTaggedTheSameWord() {
        List<Timex> before = timexes(OPEN);
        List<Timex> past = timexes(PAST);
        List<Timex> after = timexes(OPEN);
        assertThat(past).extracting(Timex::value).containsExactly("2025-05-09");
        assertThat(before).extracting(Timex::value).containsExactly("2025-05-16");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void extractorsForgetTheirTagsAfterEachDocument() {
        timexes(PAST);
        List<Sutime> idle = engine().idleSutimes();
        assertThat(idle).isNotEmpty();
        assertThat(idle).allSatisfy(s -> assertThat(s.addedTags()).isZero());
    }

    private static Engine engine() {
        return Engine.shared(CoreNlp.builder().properties(), CoreNlp.DEFAULT_MAX_SENTENCE_LENGTH);
    }
}
