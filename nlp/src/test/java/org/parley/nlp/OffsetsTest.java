package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Document;
import org.parley.model.EntityKind;
import org.parley.model.Mention;
import org.parley.model.Mentions;
import org.parley.model.Sentences;
import org.parley.model.Span;
import org.parley.model.Timex;
import org.parley.model.TimexType;
import org.parley.model.Timexes;
import org.parley.model.Token;
import org.parley.model.Tokens;

/**
 * Fixes the unit of CoreNLP's offsets: Java chars (UTF-16 code units) into the original string, with "\r\n"
 * counted as two chars and an emoji outside the BMP as two. Text written for this test.
 */
class OffsetsTest {

    // emoji (surrogate pairs, a variation selector, a flag of two regional indicators) before the entities
    private static final String TEXT = "\uD83D\uDD4A\uFE0F Talks in Istanbul\r\n"
            + "began on Monday, March 28, 2022. Vladimir Medinsky led the Russian delegation "
            + "\uD83C\uDDFA\uD83C\uDDE6 for three days.\r\n\r\n"
            + "\uD83D\uDE00\uD83D\uDE00 David Arakhamia met Roman Abramovich \uD83D\uDE00 last week.";

    @Test
    void mentionOffsetsAreCharOffsetsIntoTheOriginalText() {
        Document doc = Fixtures.analysed(Fixtures.article(TEXT, Optional.of(LocalDate.of(2022, 3, 30))));
        List<Mention> mentions = doc.get(Mentions.class).items();
        assertThat(mentions).containsExactly(
                mention("Istanbul", EntityKind.LOCATION),
                mention("Vladimir Medinsky", EntityKind.PERSON),
                mention("Russian", EntityKind.MISC),
                mention("David Arakhamia", EntityKind.PERSON),
                mention("Roman Abramovich", EntityKind.PERSON));
        for (Mention m : mentions) {
            assertThat(TEXT.indexOf(m.span().of(TEXT))).isEqualTo(m.span().start());
        }
    }

    @Test
    void timexOffsetsAndValues() {
        Document doc = Fixtures.analysed(Fixtures.article(TEXT, Optional.of(LocalDate.of(2022, 3, 30))));
        assertThat(doc.get(Timexes.class).items()).containsExactly(
                new Timex(at("Monday, March 28, 2022"), TimexType.DATE, "2022-03-28"),
                new Timex(at("three days"), TimexType.DURATION, "P3D"),
                new Timex(at("last week"), TimexType.DATE, "2022-W12"));
    }

    @Test
    void withoutADateLastWeekKeepsSutimesUnresolvedValue() {
        Document doc = Fixtures.analysed(Fixtures.article(TEXT, Optional.empty()));
        Timex lastWeek = doc.get(Timexes.class).items().stream()
                .filter(t -> t.span().equals(at("last week"))).findFirst().orElseThrow();
        assertThat(lastWeek.value()).doesNotStartWith("2022").contains("P1W");
    }

    @Test
    void tokensCoverEmojiAndSkipLineBreaks() {
        Document doc = Fixtures.analysed(Fixtures.article(TEXT, Optional.empty()));
        List<String> words = doc.get(Tokens.class).items().stream().map(t -> t.span().of(TEXT)).toList();
        assertThat(words).contains("Istanbul", "began", "2022", "\uD83D\uDE00", "Abramovich")
                .noneMatch(w -> w.contains("\r") || w.contains("\n"));
        // no token splits a surrogate pair
        for (Token t : doc.get(Tokens.class).items()) {
            assertThat(Character.isLowSurrogate(TEXT.charAt(t.span().start()))).isFalse();
            assertThat(Character.isHighSurrogate(TEXT.charAt(t.span().end() - 1))).isFalse();
        }
        // one "\r\n" continues the sentence, a blank line ends one
        assertThat(doc.get(Sentences.class).items()).extracting(s -> s.span().of(TEXT))
                .hasSize(3)
                .last().asString().startsWith("\uD83D\uDE00").endsWith("last week.");
    }

    @Test
    void emptyAndBlankTextsGiveEmptyLayers() {
        for (String text : List.of("", " \r\n\t ")) {
            Document doc = Fixtures.analysed(Fixtures.article(text, Optional.empty()));
            assertThat(doc.get(Tokens.class).items()).isEmpty();
            assertThat(doc.get(Sentences.class).items()).isEmpty();
            assertThat(doc.get(Mentions.class).items()).isEmpty();
            assertThat(doc.get(Timexes.class).items()).isEmpty();
            assertThat(doc.problems()).isEmpty();
        }
    }

    private static Mention mention(String surface, EntityKind kind) {
        return new Mention(at(surface), kind);
    }

    /** The span of the only occurrence of {@code surface} in the fixture. */
    private static Span at(String surface) {
        int i = TEXT.indexOf(surface);
        assertThat(i).as(surface).isNotNegative();
        assertThat(TEXT.indexOf(surface, i + 1)).as(surface + " occurs once").isNegative();
        return new Span(i, i + surface.length());
    }
}
