package org.parley.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Document;
import org.parley.model.EntityKind;
import org.parley.model.Layer;
import org.parley.model.Mention;
import org.parley.model.Mentions;
import org.parley.model.Problem;
import org.parley.model.PublishedFrom;
import org.parley.model.Span;
import org.parley.model.Timexes;
import org.parley.model.Token;
import org.parley.model.Tokens;

class PipelineTest {

    /** A component built from a lambda, for wiring tests. */
    record Fake(String name, Set<Class<? extends Layer>> needs, Set<Class<? extends Layer>> adds,
                Function<Document, Output> body) implements Component {
        @Override
        public Output apply(Document document) {
            return body.apply(document);
        }
    }

    static final String TEXT = "Umerov led Ukraine's delegation.";

    static Article article(String language) {
        return new Article(ArticleId.fromText(TEXT), "mem:a", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), PublishedFrom.NONE, Optional.empty(), language, TEXT, List.of());
    }

    static final Fake TOKENIZER = new Fake("tok", Set.of(), Set.of(Tokens.class),
            d -> Output.of(new Tokens(List.of(new Token(new Span(0, 6), "NNP", "Umerov")))));
    static final Fake NER = new Fake("ner", Set.of(Tokens.class), Set.of(Mentions.class),
            d -> Output.of(new Mentions(List.of(new Mention(d.get(Tokens.class).items().get(0).span(),
                    EntityKind.PERSON)))));

    @Test
    void runsComponentsInOrderAndEachSeesEarlierLayers() {
        Pipeline p = Pipeline.builder().add(TOKENIZER).add(NER).build();
        Document d = p.run(article("en"));
        assertThat(d.get(Mentions.class).items()).extracting(m -> m.span().of(TEXT)).containsExactly("Umerov");
        assertThat(d.problems()).isEmpty();
        assertThat(p.produces()).containsExactlyInAnyOrder(Tokens.class, Mentions.class);
    }

    @Test
    void missingLayerFailsAtBuildNamingComponentAndLayer() {
        assertThatThrownBy(() -> Pipeline.builder().add(NER).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'ner' needs layer 'tokens'");
    }

    @Test
    void aLayerAddedTwiceOrTwoEqualNamesFailAtBuild() {
        Fake other = new Fake("tok2", Set.of(), Set.of(Tokens.class), d -> Output.of());
        assertThatThrownBy(() -> Pipeline.builder().add(TOKENIZER).add(other).build())
                .hasMessageContaining("'tokens' is added by both 'tok' and 'tok2'");
        assertThatThrownBy(() -> Pipeline.builder().add(TOKENIZER).add(TOKENIZER))
                .hasMessageContaining("two components are named 'tok'");
    }

    @Test
    void aFailingComponentBecomesAProblemAndDependentsAreSkipped() {
        Fake boom = new Fake("tok", Set.of(), Set.of(Tokens.class), d -> {
            throw new IllegalArgumentException("bad token");
        });
        Document d = Pipeline.builder().add(boom).add(NER).build().run(article("en"));
        assertThat(d.layers()).isEmpty();
        assertThat(d.problems()).extracting(Problem::code)
                .containsExactly("pipeline.component-failed", "pipeline.component-skipped");
        assertThat(d.problems().get(0).message()).contains("'tok' failed", "bad token");
        assertThat(d.problems().get(1).message()).contains("'ner' skipped", "tokens");
    }

    @Test
    void aComponentReturningOtherLayersThanDeclaredIsABug() {
        Fake liar = new Fake("liar", Set.of(), Set.of(Timexes.class), d -> Output.of(new Tokens(List.of())));
        assertThatThrownBy(() -> Pipeline.builder().add(liar).build().run(article("en")))
                .hasMessageContaining("declared adds [timexes] but returned [tokens]");
    }

    @Test
    void otherLanguagesAreFlaggedNotAnalysed() {
        Document d = Pipeline.builder().add(TOKENIZER).build().run(article("ru"));
        assertThat(d.layers()).isEmpty();
        assertThat(d.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("analysis.language-skipped");
            assertThat(p.message()).contains("'ru'");
        });
    }

    @Test
    void explainListsNeedsAndAdds() {
        String table = Pipeline.builder().add(TOKENIZER).add(NER).build().explain();
        assertThat(table.lines().toList()).hasSize(4);
        assertThat(table).contains("component").contains("ner").contains("tokens").contains("mentions")
                .contains("languages analysed: en");
    }
}
