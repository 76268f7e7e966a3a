package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.Document;
import org.parley.model.EntityKind;
import org.parley.model.Mentions;
import org.parley.model.Sentences;
import org.parley.model.Timexes;
import org.parley.model.Tokens;
import org.parley.pipeline.Component;
import org.parley.pipeline.Pipeline;

/** The entry point: builder checks, the component contract, sharing of the loaded models. */
class CoreNlpTest {

    private static final String TEXT = "Negotiators from Russia and Ukraine met in Istanbul on March 29, 2022. "
            + "Recep Tayyip Erdogan hosted the round at the Dolmabahce Palace.";

    @Test
    void componentDeclaresItsLayers() {
        Component c = Fixtures.component();
        assertThat(c.name()).isEqualTo("corenlp");
        assertThat(c.needs()).isEmpty();
        assertThat(c.adds()).isEqualTo(Set.of(Tokens.class, Sentences.class, Mentions.class, Timexes.class));
    }

    @Test
    void runsInsideAPipeline() {
        Pipeline pipeline = Pipeline.builder().add(Fixtures.component()).build();
        Article article = Fixtures.article(TEXT, Optional.of(LocalDate.of(2022, 3, 30)));
        Document doc = pipeline.run(article);
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.get(Sentences.class).items()).hasSize(2);
        assertThat(doc.get(Timexes.class).items()).singleElement()
                .satisfies(t -> assertThat(t.span().of(TEXT)).isEqualTo("March 29, 2022"));
        assertThat(doc.get(Mentions.class).items()).extracting(m -> m.span().of(TEXT))
                .contains("Russia", "Ukraine", "Istanbul", "Dolmabahce Palace");
        assertThat(doc.get(Mentions.class).items())
                .anyMatch(m -> m.kind() == EntityKind.PERSON && m.span().of(TEXT).endsWith("Erdogan"));
    }

    @Test
    void bareAnnotationCountsTheSameTokens() {
        Article article = Fixtures.article(TEXT, Optional.empty());
        int bare = Fixtures.nlp().annotateBare(TEXT, Optional.empty());
        assertThat(bare).isEqualTo(Fixtures.analysed(article).get(Tokens.class).items().size()).isGreaterThan(20);
    }

    @Test
    void tokensHavePartOfSpeechAndLemma() {
        Document doc = Fixtures.analysed(Fixtures.article(TEXT, Optional.empty()));
        var met = doc.get(Tokens.class).items().stream().filter(t -> t.span().of(TEXT).equals("met")).findFirst()
                .orElseThrow();
        assertThat(met.pos()).isEqualTo("VBD");
        assertThat(met.lemma()).isEqualTo("meet");
    }

    @Test
    void sameOptionsShareOneLoadedPipeline() {
        CoreNlp again = CoreNlp.builder().maxSentenceLength(CoreNlp.DEFAULT_MAX_SENTENCE_LENGTH).build();
        assertThat(again.engine()).isSameAs(Fixtures.nlp().engine());
        assertThat(CoreNlp.builder().maxSentenceLength(300).properties())
                .isNotEqualTo(CoreNlp.builder().properties());
    }

    @Test
    void withoutSutimeTheComponentLeavesTimexesToAnotherComponent() {
        CoreNlp noTime = CoreNlp.builder().sutime(false).build();
        assertThat(noTime.engine()).isNotSameAs(Fixtures.nlp().engine());
        Component c = noTime.component();
        assertThat(c.adds()).isEqualTo(Set.of(Tokens.class, Sentences.class, Mentions.class));
        Article article = Fixtures.article(TEXT, Optional.of(LocalDate.of(2022, 3, 30)));
        Document doc = Pipeline.builder().add(c).build().run(article);
        assertThat(doc.has(Timexes.class)).isFalse();
        assertThat(doc.get(Tokens.class)).isEqualTo(Fixtures.analysed(article).get(Tokens.class));
        assertThat(noTime.engine().idleSutimes()).isEmpty(); // no extractor was loaded
        assertThat(CoreNlp.builder().sutime(false).properties().getProperty("parley.sutime")).isEqualTo("false");
    }

    @Test
    void versionNamesCoreNlp() {
        assertThat(CoreNlp.version()).matches("CoreNLP 4\\.5\\.\\d+");
    }

    @Test
    void builderRejectsBadAndConflictingOptions() {
        assertThatThrownBy(() -> CoreNlp.builder().maxSentenceLength(5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxSentenceLength");
        assertThatThrownBy(() -> CoreNlp.builder().maxSentenceLength(1_000_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CoreNlp.builder().nerModel(CoreNlp.NerModel.ALL_3CLASS).coreNlpDefaults())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("nerModel");
        assertThatThrownBy(() -> CoreNlp.builder().coreNlpDefaults().fineGrained(true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("coreNlpDefaults");
        assertThatThrownBy(() -> CoreNlp.builder().nerModel(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void propertiesFollowTheOptions() {
        var p = CoreNlp.builder().maxSentenceLength(120).properties();
        assertThat(p.getProperty("annotators")).isEqualTo("tokenize,ssplit,pos,lemma,ner");
        assertThat(p.getProperty("pos.maxlen")).isEqualTo("120");
        assertThat(p.getProperty("ner.maxlen")).isEqualTo("120");
        assertThat(p.getProperty("ner.model")).contains("conll.4class").doesNotContain(",");
        assertThat(p.getProperty("ner.applyFineGrained")).isEqualTo("false");
        assertThat(p.getProperty("ner.useSUTime")).isEqualTo("false"); // Engine runs SUTime itself
        var defaults = CoreNlp.builder().coreNlpDefaults().properties();
        assertThat(defaults.getProperty("ner.model").split(",")).hasSize(3);
        assertThat(defaults.getProperty("ner.applyFineGrained")).isEqualTo("true");
        assertThat(p.getProperty("ner.additional.regexner.mapping")).isEqualTo("org/parley/nlp/places.rules");
        assertThat(defaults.getProperty("ner.additional.regexner.mapping")).isNull();
    }
}
