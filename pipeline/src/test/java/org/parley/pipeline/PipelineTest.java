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
    record Fake(String name, String version, Set<Class<? extends Layer>> needs, Set<Class<? extends Layer>> adds,
                Function<Document, Output> body) implements Component {
        Fake(String name, Set<Class<? extends Layer>> needs, Set<Class<? extends Layer>> adds,
                Function<Document, Output> body) {
            this(name, "1", needs, adds, body);
        }

        Fake withVersion(String v) {
            return new Fake(name, v, needs, adds, body);
        }

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
        assertThat(table).contains("version");
        assertThat(table).contains("component").contains("ner").contains("tokens").contains("mentions")
                .contains("languages analysed: en");
    }

    /** Counts runs, to tell which components an update ran. */
    static final class Counting {
        final java.util.Map<String, Integer> runs = new java.util.HashMap<>();

        Fake wrap(Fake f) {
            return new Fake(f.name(), f.version(), f.needs(), f.adds(), d -> {
                runs.merge(f.name(), 1, Integer::sum);
                return f.body().apply(d);
            });
        }
    }

    @Test
    void updateRerunsOnlyFromTheFirstChangedComponent() {
        var counting = new Counting();
        Pipeline v1 = Pipeline.builder().add(counting.wrap(TOKENIZER)).add(counting.wrap(NER)).build();
        Document first = v1.run(article("en"));
        assertThat(first.stamps()).extracting(Object::toString).containsExactly("tok@1", "ner@1");
        assertThat(v1.isCurrent(first.stamps(), article("en"))).isTrue();

        Document same = v1.update(first);
        assertThat(same).isEqualTo(first);
        assertThat(counting.runs).containsEntry("tok", 1).containsEntry("ner", 1);

        Pipeline v2 = Pipeline.builder().add(counting.wrap(TOKENIZER)).add(counting.wrap(NER.withVersion("2")))
                .build();
        assertThat(v2.isCurrent(first.stamps(), article("en"))).isFalse();
        assertThat(v2.upToDate(first.stamps())).isEqualTo(1);
        Document updated = v2.update(first);
        assertThat(counting.runs).as("the tokenizer is unchanged and not run again")
                .containsEntry("tok", 1).containsEntry("ner", 2);
        assertThat(updated.stamps()).extracting(Object::toString).containsExactly("tok@1", "ner@2");
        assertThat(updated.get(Tokens.class)).isSameAs(first.get(Tokens.class));
        assertThat(updated.get(Mentions.class)).isEqualTo(first.get(Mentions.class));
    }

    @Test
    void aChangedEarlyComponentRerunsEverythingAfterIt() {
        var counting = new Counting();
        Document first = Pipeline.builder().add(counting.wrap(TOKENIZER)).add(counting.wrap(NER)).build()
                .run(article("en"));
        Pipeline.builder().add(counting.wrap(TOKENIZER.withVersion("2"))).add(counting.wrap(NER)).build()
                .update(first);
        assertThat(counting.runs).containsEntry("tok", 2).containsEntry("ner", 2);
    }

    @Test
    void aComponentWithoutVersionFailsTheBuild() {
        assertThatThrownBy(() -> Pipeline.builder().add(TOKENIZER.withVersion(" ")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'tok' has no version");
    }

    @Test
    void aLibraryErrorFailsOnlyItsArticle() {
        Fake overflowing = new Fake("tok", Set.of(), Set.of(Tokens.class), d -> {
            throw new StackOverflowError();
        });
        Document d = Pipeline.builder().add(overflowing).add(NER).build().run(article("en"));
        assertThat(d.problems()).extracting(Problem::code)
                .containsExactly("pipeline.component-failed", "pipeline.component-skipped");
        assertThat(d.problems().get(0).message()).contains("StackOverflowError");
    }
}
