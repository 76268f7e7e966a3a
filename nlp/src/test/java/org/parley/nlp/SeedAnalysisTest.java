package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.Document;
import org.parley.model.EntityKind;
import org.parley.model.Mention;
import org.parley.model.Mentions;
import org.parley.model.Sentence;
import org.parley.model.Sentences;
import org.parley.model.Timex;
import org.parley.model.TimexType;
import org.parley.model.Timexes;
import org.parley.model.Token;
import org.parley.model.Tokens;
import org.parley.testing.Shared;

/** The adapter on the real seed articles: time values against the document date, names, and span integrity. */
class SeedAnalysisTest {

    private static final LocalDate SEED_000_DATE = LocalDate.of(2023, 2, 13);
    private static final LocalDate SEED_001_DATE = LocalDate.of(2023, 2, 17);

    @Test
    void seed000TimexesAreNormalisedAgainstThePublicationDate() {
        Document doc = Fixtures.analysed(Fixtures.seed("000", Optional.of(SEED_000_DATE)));
        assertThat(timex(doc, "March 29, 2022")).isEqualTo(new Result(TimexType.DATE, "2022-03-29"));
        // no year in the text: resolved against 2023-02-13
        assertThat(timex(doc, "February 11")).isEqualTo(new Result(TimexType.DATE, "2023-02-11"));
        assertThat(timex(doc, "February 6")).isEqualTo(new Result(TimexType.DATE, "2023-02-06"));
        assertThat(timex(doc, "February 24, 2022")).isEqualTo(new Result(TimexType.DATE, "2022-02-24"));
        assertThat(timex(doc, "March last year")).isEqualTo(new Result(TimexType.DATE, "2022-03"));
    }

    @Test
    void withoutADateRelativeExpressionsStayUnresolved() {
        Document doc = Fixtures.analysed(Fixtures.seed("000", Optional.empty()));
        assertThat(timex(doc, "February 11")).isEqualTo(new Result(TimexType.DATE, "XXXX-02-11"));
        assertThat(timex(doc, "March 29, 2022")).isEqualTo(new Result(TimexType.DATE, "2022-03-29"));
    }

    @Test
    void seed000MentionsAreNamesWithTheirKinds() {
        Document doc = Fixtures.analysed(Fixtures.seed("000", Optional.of(SEED_000_DATE)));
        assertThat(surfaces(doc, EntityKind.PERSON))
                .contains("Sergei Vershinin", "Dmitry Polyansky", "Anatoly Glaz", "Vladimir Putin")
                // CoreNLP's entity-mention builder adds pronouns as PERSON; Parley keeps names only
                .doesNotContain("him", "He", "his");
        assertThat(surfaces(doc, EntityKind.LOCATION)).contains("Turkey", "Moscow", "Russia", "Ukraine");
        assertThat(surfaces(doc, EntityKind.ORG)).contains("National Security and Defense Council");
        assertThat(surfaces(doc, EntityKind.MISC)).contains("Russian", "Belarusian");
        // no numeric or time tags among the mentions
        assertThat(surfaces(doc, EntityKind.MISC)).doesNotContain("March 29, 2022", "February 11");
    }

    @Test
    void seed001HasItsPeopleAndDates() {
        Document doc = Fixtures.analysed(Fixtures.seed("001", Optional.of(SEED_001_DATE)));
        assertThat(surfaces(doc, EntityKind.PERSON)).contains("Maria Zakharova", "Dmitry Peskov", "Emmanuel Macron");
        assertThat(surfaces(doc, EntityKind.ORG)).contains("NATO", "UN Security Council");
        // the CoNLL model alone calls "Kyiv" a PERSON; Parley's places.rules gazetteer corrects it
        assertThat(surfaces(doc, EntityKind.LOCATION)).contains("Kyiv", "Istanbul");
        assertThat(surfaces(doc, EntityKind.PERSON)).doesNotContain("Kyiv");
        assertThat(timex(doc, "February 16")).isEqualTo(new Result(TimexType.DATE, "2023-02-16"));
        assertThat(timex(doc, "September 2022")).isEqualTo(new Result(TimexType.DATE, "2022-09"));
    }

    @Test
    void everySeedYieldsConsistentLayers() {
        for (Path seed : Shared.seeds()) {
            String prefix = seed.getFileName().toString().substring(0, 3);
            Article article = Fixtures.seed(prefix, Optional.empty());
            Document doc = Fixtures.analysed(article);
            String text = doc.text();
            List<Token> tokens = doc.get(Tokens.class).items();
            List<Sentence> sentences = doc.get(Sentences.class).items();
            assertThat(tokens).as(prefix).hasSizeGreaterThan(100);
            assertThat(doc.problems()).as(prefix).isEmpty();

            // tokens: non-empty, in order, not overlapping, no surrounding whitespace
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                String word = t.span().of(text);
                assertThat(word).as(prefix + " token " + i).isNotBlank().isEqualTo(word.strip());
                assertThat(t.pos()).isNotBlank();
                assertThat(t.lemma()).isNotBlank();
                if (i > 0) {
                    assertThat(t.span().start()).isGreaterThanOrEqualTo(tokens.get(i - 1).span().end());
                }
            }
            // sentences tile the token list and their spans run from first to last token
            int next = 0;
            for (Sentence s : sentences) {
                assertThat(s.firstToken()).as(prefix).isEqualTo(next);
                assertThat(s.endToken()).isGreaterThan(s.firstToken());
                assertThat(s.span().start()).isEqualTo(tokens.get(s.firstToken()).span().start());
                assertThat(s.span().end()).isEqualTo(tokens.get(s.endToken() - 1).span().end());
                next = s.endToken();
            }
            assertThat(next).as(prefix).isEqualTo(tokens.size());

            // every mention and timex starts and ends on token boundaries and reads as a phrase
            var starts = tokens.stream().map(t -> t.span().start()).collect(java.util.stream.Collectors.toSet());
            var ends = tokens.stream().map(t -> t.span().end()).collect(java.util.stream.Collectors.toSet());
            for (Mention m : doc.get(Mentions.class).items()) {
                assertThat(starts).as(prefix + " mention " + m).contains(m.span().start());
                assertThat(ends).as(prefix + " mention " + m).contains(m.span().end());
                assertThat(m.span().of(text)).isEqualTo(m.span().of(text).strip()).isNotBlank();
            }
            for (Timex t : doc.get(Timexes.class).items()) {
                assertThat(starts).as(prefix + " timex " + t).contains(t.span().start());
                assertThat(ends).as(prefix + " timex " + t).contains(t.span().end());
                assertThat(t.value()).isNotBlank();
            }
            assertThat(doc.get(Mentions.class).items()).as(prefix).isSortedAccordingTo(
                    (a, b) -> a.span().compareTo(b.span()));
        }
    }

    record Result(TimexType type, String value) {
    }

    /** The one timex whose text is exactly {@code surface}. */
    private static Result timex(Document doc, String surface) {
        List<Timex> found = doc.get(Timexes.class).items().stream()
                .filter(t -> t.span().of(doc.text()).equals(surface)).toList();
        assertThat(found).as("timex '" + surface + "' among " + doc.get(Timexes.class).items()).hasSize(1);
        return new Result(found.get(0).type(), found.get(0).value());
    }

    private static List<String> surfaces(Document doc, EntityKind kind) {
        return doc.get(Mentions.class).items().stream().filter(m -> m.kind() == kind)
                .map(m -> m.span().of(doc.text())).toList();
    }
}
