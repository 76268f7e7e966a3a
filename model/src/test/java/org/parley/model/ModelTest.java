package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelTest {

    static Article article(String text) {
        return new Article(ArticleId.fromText(text), "mem:test", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2025, 5, 16)), PublishedFrom.METADATA, Optional.empty(), "en", text, List.of());
    }

    @Test
    void spanIsHalfOpenAndChecked() {
        Span s = new Span(2, 5);
        assertThat(s.of("Istanbul")).isEqualTo("tan");
        assertThat(s.length()).isEqualTo(3);
        assertThat(new Span(0, 8).contains(s)).isTrue();
        assertThat(s.overlaps(new Span(5, 6))).isFalse();
        assertThatThrownBy(() -> new Span(4, 3)).hasMessageContaining("[4, 3)");
        assertThatThrownBy(() -> new Span(0, 9).of("Istanbul")).hasMessageContaining("exceeds text length 8");
    }

    @Test
    void problemCodesAreDottedAndLinesNameTheInput() {
        Problem p = Problem.of("input.empty", "a/b.txt", "the file is empty");
        assertThat(p.line()).isEqualTo("a/b.txt: the file is empty [input.empty]");
        assertThatThrownBy(() -> Problem.of("Empty", "x", "m")).hasMessageContaining("area.kind");
        assertThatThrownBy(() -> Problem.of("input.empty", "x", " ")).hasMessageContaining("no message");
    }

    @Test
    void urlIdsIgnoreTrackingFragmentsSchemeAndWww() {
        String a = ArticleId.fromUrl("https://www.Example.org/news/talks/?utm_source=x&b=2&a=1#top");
        String b = ArticleId.fromUrl("http://example.org/news/talks?a=1&b=2");
        assertThat(a).isEqualTo(b).hasSize(16).matches("[0-9a-f]{16}");
        assertThat(ArticleId.fromUrl("https://example.org/news/other")).isNotEqualTo(a);
    }

    @Test
    void textIdsFoldWhitespace() {
        assertThat(ArticleId.fromText("Talks  resumed\nin Istanbul. "))
                .isEqualTo(ArticleId.fromText("Talks resumed in Istanbul."))
                .isNotEqualTo(ArticleId.fromText("Talks resumed in Minsk."));
        assertThat(ArticleId.of(Optional.of("https://example.org/a"), "x"))
                .isEqualTo(ArticleId.fromUrl("https://example.org/a"));
    }

    static Article titled(String title, String text) {
        return new Article(ArticleId.fromText(text), "mem:test", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(title), Optional.empty(), PublishedFrom.NONE, Optional.empty(), "en", text, List.of());
    }

    @Test
    void theHeadlineIsTheTitleAtTheStartOfTheTextAndTheBodyTheRest() {
        Article a = titled("Envoys meet again", "Envoys meet again\n\nThe envoys met on Friday.");
        assertThat(a.headline()).contains(new Span(0, 17));
        assertThat(a.headline().orElseThrow().of(a.text())).isEqualTo("Envoys meet again");
        assertThat(a.body()).isEqualTo(new Span(19, a.text().length()));
        assertThat(a.bodyText()).isEqualTo("The envoys met on Friday.");

        Article only = titled("Envoys meet again", "Envoys meet again");
        assertThat(only.headline()).contains(new Span(0, 17));
        assertThat(only.body()).isEqualTo(new Span(17, 17));
    }

    @Test
    void withoutTheTitleAndABlankLineAtTheStartThereIsNoHeadline() {
        // a title the text does not begin with, one followed by a single line break, one that is only a prefix
        for (Article a : List.of(titled("Envoys meet again", "The envoys met on Friday."),
                titled("Envoys meet", "Envoys meet\nThe envoys met on Friday."),
                titled("Envoys meet", "Envoys meet again\n\nThe envoys met on Friday."),
                titled("", "\n\nThe envoys met on Friday."),
                article("Envoys meet again\n\nThe envoys met on Friday."))) {
            assertThat(a.headline()).as(a.text()).isEmpty();
            assertThat(a.body()).as(a.text()).isEqualTo(new Span(0, a.text().length()));
        }
    }

    @Test
    void articleRejectsADateThatContradictsItsSource() {
        assertThatThrownBy(() -> new Article("id", "s", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), PublishedFrom.METADATA, Optional.empty(), "en", "t", List.of()))
                .hasMessageContaining("contradicts");
    }

    @Test
    void documentChecksSpansAndNeverChangesInPlace() {
        Article a = article("Medinsky met Umerov.");
        Document d = Document.of(a);
        Document d2 = d.with(List.of(new Mentions(List.of(new Mention(new Span(0, 8), EntityKind.PERSON)))),
                List.of());
        assertThat(d.has(Mentions.class)).isFalse();
        assertThat(d2.get(Mentions.class).items().get(0).span().of(d2.text())).isEqualTo("Medinsky");
        assertThatThrownBy(() -> d.get(Timexes.class)).hasMessageContaining("'timexes'")
                .hasMessageContaining("needs()");
        assertThatThrownBy(() -> d.with(List.of(new Timexes(List.of(
                new Timex(new Span(0, 99), TimexType.DATE, "2025")))), List.of()))
                .hasMessageContaining("exceeds text length 20");
        assertThatThrownBy(() -> d2.with(List.of(new Mentions(List.of())), List.of()))
                .hasMessageContaining("added twice");
        assertThat(d2.stamps()).containsExactly(Document.MANUAL);
        assertThat(d2.problems()).isEmpty();
    }

    @Test
    void stepsKeepTheirLayersAndProblemsTogether() {
        Article a = article("Medinsky met Umerov.");
        Stamp ner = new Stamp("ner", "3");
        Document d = Document.of(a).with(new Step(ner, List.of(new Mentions(List.of())),
                List.of(Problem.of("ner.odd", "mem:test", "an odd name"))));
        assertThat(d.stamps()).containsExactly(ner);
        assertThat(d.problems()).extracting(Problem::code).containsExactly("ner.odd");
        assertThat(d.layers()).containsOnlyKeys(Mentions.class);
        assertThat(d.withArticle(a.withProblems(List.of())).steps()).isEqualTo(d.steps());
        assertThatThrownBy(() -> new Stamp("ner", " ")).hasMessageContaining("version");
    }

    @Test
    void layerNamesAreLowerCaseClassNames() {
        assertThat(Layer.nameOf(Timexes.class)).isEqualTo("timexes");
    }
}
