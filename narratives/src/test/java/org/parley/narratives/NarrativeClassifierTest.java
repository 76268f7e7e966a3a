package org.parley.narratives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Document;
import org.parley.model.NarrativeLabel;
import org.parley.model.Narratives;
import org.parley.model.PublishedFrom;
import org.parley.model.Sentence;
import org.parley.model.Sentences;
import org.parley.model.Span;
import org.parley.model.Step;
import org.parley.narratives.NarrativeClassifier.Reading;
import org.parley.narratives.NarrativeClassifier.Weights;
import org.parley.pipeline.Output;

class NarrativeClassifierTest {

    static final String WEST = """
            Moscow and Kyiv were close to a peace agreement in Istanbul in March 2022, Russian officials said again.
            According to them, Western countries ordered Kyiv to walk away from the talks and keep fighting.
            The United States and Britain want the war to go on until the last Ukrainian, the spokeswoman added.
            Washington does not care about Ukraine and only uses it against Russia, she said.""";

    static final String CLIMATE = """
            Wind turbines and solar panels cannot keep the lights on when the wind stops and the sun sets.
            Households pay ever higher electricity bills for the green energy transition, critics say.
            The climate policies of the government will ruin industry and bring no benefit to the planet.
            Scientists who warn of a climate emergency are exaggerating to win grants, the columnist wrote.""";

    static final String LIBRARY = """
            The city council approved a new budget for the public libraries on Tuesday evening.
            Opening hours will be extended on weekends and the children's section will get new books.
            The head librarian thanked the volunteers who organised the reading club this summer.""";

    static Document document(String text) {
        Article a = new Article(ArticleId.fromText(text), "mem:test", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2025, 5, 16)), PublishedFrom.METADATA,
                Optional.empty(), "en", text, List.of());
        var sentences = Splitter.sentences(text).stream().map(s -> new Sentence(s, 0, 0)).toList();
        return new Document(a, List.of(new Step(Document.MANUAL, List.of(new Sentences(sentences)), List.of())));
    }

    static List<NarrativeLabel> run(String text) {
        Document d = document(text);
        Output out = NarrativeClassifier.standard().component().apply(d);
        assertThat(out.layers()).hasSize(1);
        return ((Narratives) out.layers().get(0)).items();
    }

    @Test
    void anArticleBlamingTheWestGetsWarNarrativesWithItsOwnSentencesAsEvidence() {
        List<NarrativeLabel> labels = run(WEST);
        assertThat(labels).extracting(NarrativeLabel::label)
                .contains("URW: Discrediting the West, Diplomacy")
                .allMatch(l -> l.startsWith("URW: "));
        List<Span> sentences = Splitter.sentences(WEST);
        assertWellFormed(labels, sentences);
    }

    @Test
    void aClimateArticleGetsClimateNarratives() {
        List<NarrativeLabel> labels = run(CLIMATE);
        assertThat(labels).isNotEmpty().extracting(NarrativeLabel::label).allMatch(l -> l.startsWith("CC: "));
        assertWellFormed(labels, Splitter.sentences(CLIMATE));
    }

    @Test
    void anArticleAboutSomethingElseIsOther() {
        assertThat(run(LIBRARY)).singleElement().satisfies(l -> {
            assertThat(l.label()).isEqualTo("Other");
            assertThat(l.parent()).isEmpty();
            assertThat(l.evidence()).isEmpty();
        });
        assertThat(NarrativeClassifier.standard().classify(NarrativeClassifier.standard().features("Short. Too short.")))
                .extracting(NarrativeLabel::label).containsExactly("Other");
    }

    /** Sub-narratives follow their narrative; evidence is among the article's sentences, two at most, in order. */
    static void assertWellFormed(List<NarrativeLabel> labels, List<Span> sentences) {
        String narrative = null;
        for (NarrativeLabel l : labels) {
            if (l.parent().isEmpty()) {
                narrative = l.label();
            } else {
                assertThat(l.parent()).contains(narrative);
                assertThat(l.label()).startsWith(narrative + ": ");
            }
            assertThat(l.score()).isBetween(0.0, 1.0);
            assertThat(l.evidence()).isNotEmpty().hasSizeLessThanOrEqualTo(2).isSorted();
            assertThat(sentences).containsAll(l.evidence());
        }
    }

    @Test
    void theComponentNeedsSentencesAndItsVersionNamesTheModel() {
        var c = NarrativeClassifier.standard().component();
        assertThat(c.name()).isEqualTo("narratives");
        assertThat(c.needs()).containsExactly(Sentences.class);
        assertThat(c.adds()).containsExactly(Narratives.class);
        assertThat(c.version()).isEqualTo("2+" + NarrativeClassifier.standard().fingerprint());
    }

    @Test
    void theCommittedModelReadsBackToTheSameBytes() throws IOException {
        String committed;
        try (InputStream in = NarrativeClassifier.class.getResourceAsStream(NarrativeClassifier.MODEL_RESOURCE)) {
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(NarrativeClassifier.standard().modelText()).isEqualTo(committed);
        assertThat(NarrativeClassifier.read(committed).modelText()).isEqualTo(committed);
    }

    @Test
    void readingsAreWrittenAsTheyAreParsed() {
        for (String s : List.of("quantized:256:512", "full:sentence128:all", "quantized:64:62:select",
                "quantized:sentence128:192:lex512", "quantized:64:62:select:lex1024", "quantized:sentence128:0:tok",
                "quantized:sentence128:144:content:tok:lex512", "quantized:sentence128:0:student",
                "quantized:sentence128:128:student:lex512")) {
            assertThat(Reading.parse(s)).hasToString(s);
        }
        assertThat(Reading.parse("full:sentence128:all"))
                .isEqualTo(new Reading(Weights.FULL, false, 128, Integer.MAX_VALUE, false));
        assertThatThrownBy(() -> Reading.parse("quantized:256")).hasMessageContaining("WEIGHTS:WINDOW:MAX");
        assertThatThrownBy(() -> Reading.parse("quantized:256:256:pick")).hasMessageContaining("WEIGHTS:WINDOW:MAX");
        assertThat(Reading.parse("quantized:sentence128:192:lex512").lexical()).isEqualTo(512);
        assertThatThrownBy(() -> Reading.parse("quantized:256:256:lex512:select"))
                .hasMessageContaining("WEIGHTS:WINDOW:MAX");
        assertThatThrownBy(() -> Reading.parse("quantized:256:256:lex500")).hasMessageContaining("power of 2");
        assertThatThrownBy(() -> Reading.parse("tiny:256:512")).hasMessageContaining("quantized or full");
        assertThatThrownBy(() -> Reading.parse("full:1024:2048")).hasMessageContaining("outside 16..512");
        assertThatThrownBy(() -> Reading.parse("full:256:100")).hasMessageContaining("less than one window");
        assertThatThrownBy(() -> Reading.parse("full:256:many")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> Reading.parse("quantized:256:0")).hasMessageContaining("without :tok or :student");
        assertThatThrownBy(() -> Reading.parse("quantized:256:256:student:tok")).hasMessageContaining("(tok?)");
        assertThatThrownBy(() -> Reading.parse("quantized:256:0:select:tok")).hasMessageContaining("nothing embedded");
        assertThatThrownBy(() -> Reading.parse("quantized:256:256:tok:tok")).hasMessageContaining("(tok?)");
    }

    @Test
    void theTokenCapKeepsTheLeadingSentencesAndPackingChangesNoCount() {
        String text = String.join(" ", java.util.Collections.nCopies(6, WEST.replace('\n', ' ')));
        List<Span> all = Splitter.sentences(text);
        var capped = read(text, new Reading(Weights.QUANTIZED, true, 64, 100, false));
        assertThat(capped.sentences).isNotEmpty().hasSizeLessThan(all.size())
                .isEqualTo(all.subList(0, capped.sentences.size()));
        var packed = read(text, new Reading(Weights.QUANTIZED, true, 256, 100_000, false));
        var alone = read(text, new Reading(Weights.QUANTIZED, false, 128, 100_000, false));
        assertThat(packed.sentences).isEqualTo(alone.sentences).isEqualTo(all);
        // A sentence read in context is close to the same sentence read alone, not equal to it.
        double cosine = 0;
        for (int j = 0; j < packed.vectors[1].length; j++) {
            cosine += packed.vectors[1][j] * alone.vectors[1][j];
        }
        assertThat(cosine).isBetween(0.6, 0.9999);
    }

    static NarrativeClassifier.Features read(String text, Reading r) {
        return NarrativeClassifier.reader(r, List.of()).features(text);
    }

    @Test
    void aSelectorSpendsTheBudgetOnTheSentencesItRanksHighestAfterTheFirst() {
        String text = LIBRARY.replace('\n', ' ') + " " + WEST.replace('\n', ' ') + " " + LIBRARY.replace('\n', ' ');
        var examples = List.of(new NarrativeClassifier.Example("a", WEST, List.of("URW: Blaming the war on others"),
                List.of()), new NarrativeClassifier.Example("b", LIBRARY, List.of("Other"), List.of("Other")));
        var reading = new Reading(Weights.QUANTIZED, true, 64, 80, true);
        var f = NarrativeClassifier.reader(reading, examples).features(text);
        List<Span> all = Splitter.sentences(text);
        assertThat(f.sentences).startsWith(all.get(0)).isSorted().hasSizeLessThan(all.size());
        // After the first sentence, the West's sentences win over the library's.
        assertThat(f.sentences.subList(1, f.sentences.size())).isNotEmpty()
                .allMatch(s -> WEST.replace('\n', ' ').contains(s.of(text)));
    }

    /**
     * Training views: a capped reading is trained also on the whole article and on each later stretch of about its
     * budget; run-time features carry none, and an uncapped reading has nothing more to show.
     */
    @Test
    void aCappedReadingTrainsOnTheWholeArticleAndEachStretchOfItsBudget() {
        String text = String.join(" ", WEST.replace('\n', ' '), CLIMATE.replace('\n', ' '), LIBRARY.replace('\n', ' '));
        var capped = Reading.parse("quantized:sentence32:40:lex256");
        var reader = NarrativeClassifier.reader(capped, List.of());
        assertThat(reader.features(text).views).isEmpty();
        var training = NarrativeClassifier.trainingFeatures(reader, text);
        // Eleven sentences of 13 to 21 tokens, two or so to a stretch of 40: the whole, and at least four later stretches.
        assertThat(training.views).hasSizeGreaterThanOrEqualTo(5).hasSizeLessThan(11)
                .allSatisfy(v -> assertThat(v).hasSize(Embedder.DIMENSION + 256));
        assertThat(training.mean).isEqualTo(reader.features(text).mean);
        var whole = read(text, Reading.parse("quantized:sentence32:all"));
        int d = Embedder.DIMENSION;
        for (int j = 0; j < d; j++) {
            assertThat(training.views.get(0)[j]).isCloseTo(whole.mean[j], org.assertj.core.data.Offset.offset(1e-6f));
        }
        assertThat(NarrativeClassifier.trainingFeatures(
                NarrativeClassifier.reader(Reading.parse("quantized:sentence128:all"), List.of()), text).views).isEmpty();
    }

    /** Static token vectors read every sentence by table lookups, with no encoder pass per sentence. */
    @Test
    void staticTokenVectorsReadEverySentenceAndTellTopicsApart() {
        var reading = Reading.parse("quantized:sentence128:0:tok");
        var west = read(WEST, reading);
        var longer = read(WEST + " " + CLIMATE.replace('\n', ' '), reading);
        assertThat(west.mean).hasSize(Embedder.DIMENSION);
        assertThat(west.sentences).isEqualTo(Splitter.sentences(WEST));
        assertThat(longer.mean).isNotEqualTo(west.mean);
        // Two texts on the war are nearer each other than either is to the library.
        var war = read("Russian and Ukrainian negotiators met in Istanbul to discuss a ceasefire and prisoner exchange.",
                reading);
        var library = read(LIBRARY, reading);
        assertThat(cosine(west.mean, war.mean)).isGreaterThan(cosine(west.mean, library.mean));
    }

    /**
     * A student map, fitted on training articles' sentences, puts every sentence in the encoder's space: the same
     * articles give the same map, a guess lies nearer its sentence's encoder vector than another sentence's, and the
     * sentences the encoder reads keep their encoder vectors.
     */
    @Test
    void aStudentMapGuessesTheEncoderVectorsOfSentencesItDoesNotRead() {
        var articles = List.of(new NarrativeClassifier.Example("w", WEST, List.of(), List.of()),
                new NarrativeClassifier.Example("c", CLIMATE, List.of(), List.of()),
                new NarrativeClassifier.Example("l", LIBRARY, List.of(), List.of()));
        var reading = Reading.parse("quantized:sentence128:0:student");
        var reader = NarrativeClassifier.reader(reading, articles);
        assertThat(reader.student.weights()).isEqualTo(NarrativeClassifier.reader(reading, articles).student.weights());
        var guessed = reader.features(WEST);
        var read = read(WEST, Reading.parse("quantized:sentence128:all"));
        assertThat(guessed.sentences).isEqualTo(read.sentences);
        for (int i = 0; i < read.vectors.length; i++) {
            int other = (i + 1) % read.vectors.length;
            assertThat(cosine(guessed.vectors[i], read.vectors[i])).as("sentence " + i)
                    .isGreaterThan(cosine(guessed.vectors[i], read.vectors[other]));
        }
        // Read as far as 126 tokens go, the rest guessed: every sentence has a vector, the first ones the encoder's.
        String text = String.join(" ", WEST.replace('\n', ' '), CLIMATE.replace('\n', ' '), LIBRARY.replace('\n', ' '));
        var hybrid = NarrativeClassifier.reader(Reading.parse("quantized:sentence128:126:student"), articles)
                .features(text);
        var all = read(text, Reading.parse("quantized:sentence128:all"));
        int last = all.vectors.length - 1;
        assertThat(hybrid.vectors.length).isEqualTo(all.vectors.length);
        assertThat(hybrid.vectors[0]).isEqualTo(all.vectors[0]);
        assertThat(hybrid.vectors[last]).isNotEqualTo(all.vectors[last]);
        assertThatThrownBy(() -> NarrativeClassifier.read(NarrativeClassifier.standard().modelText()
                .replace(Reading.DEFAULT.toString(), reading.toString()))).isInstanceOf(RuntimeException.class);
    }

    /** A spread reading samples sentences across the article; its training views are the other samples. */
    @Test
    void aSpreadReadingSamplesTheWholeArticle() {
        String text = String.join(" ", WEST.replace('\n', ' '), CLIMATE.replace('\n', ' '), LIBRARY.replace('\n', ' '));
        List<Span> all = Splitter.sentences(text);
        var reader = NarrativeClassifier.reader(Reading.parse("quantized:sentence32:40:spread"), List.of());
        var f = reader.features(text);
        // The first sentence, and later ones not all at the start: some from the second half of the article.
        assertThat(f.sentences).startsWith(all.get(0)).isSorted().hasSizeLessThan(all.size())
                .anyMatch(s -> all.indexOf(s) >= all.size() / 2);
        assertThat(f.sentences).isNotEqualTo(all.subList(0, f.sentences.size()));
        var training = NarrativeClassifier.trainingFeatures(reader, text);
        assertThat(training.views).hasSizeGreaterThanOrEqualTo(2);
        assertThatThrownBy(() -> Reading.parse("quantized:256:256:select:spread")).hasMessageContaining("not both");
    }

    /** A content reading leaves function words, marks and digits out of what the encoder reads. */
    @Test
    void aContentReadingEmbedsFewerTokensOfTheSameSentences() {
        List<String> sentences = Splitter.sentences(WEST).stream().map(s -> s.of(WEST)).toList();
        var all = Embedder.embed(sentences, Reading.parse("quantized:sentence128:all"), new double[0]);
        var content = Embedder.embed(sentences, Reading.parse("quantized:sentence128:all:content"), new double[0]);
        assertThat(content.chosen()).isEqualTo(all.chosen());
        for (int i = 0; i < sentences.size(); i++) {
            assertThat(content.lengths()[i]).isPositive().isLessThan(all.lengths()[i] * 3 / 4);
        }
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int j = 0; j < a.length; j++) {
            dot += a[j] * b[j];
            na += a[j] * a[j];
            nb += b[j] * b[j];
        }
        return dot / Math.sqrt(na * nb);
    }

    /** The bag of words reads past the token budget: the article's vector changes with words never embedded. */
    @Test
    void theLexicalReadingSeesTheWholeArticleAndEverySentenceIsACandidate() {
        String tail = " " + CLIMATE.replace('\n', ' ');
        var reading = Reading.parse("quantized:sentence32:30:lex256");
        var shorter = read(WEST, reading);
        var longer = read(WEST + tail, reading);
        int d = Embedder.DIMENSION;
        // Only the first sentence (cut to 30 tokens) is embedded, so the embedded part is the same and the words part is not.
        assertThat(java.util.Arrays.copyOfRange(longer.mean, 0, d))
                .isEqualTo(java.util.Arrays.copyOfRange(shorter.mean, 0, d));
        assertThat(java.util.Arrays.copyOfRange(longer.mean, d, d + 256))
                .isNotEqualTo(java.util.Arrays.copyOfRange(shorter.mean, d, d + 256));
        assertThat(longer.sentences).isEqualTo(Splitter.sentences(WEST + tail));
        assertThat(java.util.Arrays.asList(longer.vectors)).allSatisfy(v -> assertThat(v).hasSize(d + 256));
    }

    @Test
    void aModelRefusesVectorsReadAnotherWay() {
        var other = new Reading(Weights.QUANTIZED, !Reading.DEFAULT.packed(), 128, 1000, false);
        assertThatThrownBy(() -> NarrativeClassifier.standard().classify(read(WEST, other)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("features read as");
    }

    @Test
    void columnsInTheTaskFormat() {
        var other = new NarrativeLabel("Other", Optional.empty(), 0.7, List.of());
        assertThat(NarrativeClassifier.columns(List.of(other))).containsExactly("Other", "Other");
        var a = new NarrativeLabel("URW: Praise of Russia", Optional.empty(), 0.8, List.of());
        var b = new NarrativeLabel("URW: Discrediting Ukraine", Optional.empty(), 0.6, List.of());
        var b1 = new NarrativeLabel("URW: Discrediting Ukraine: Ukraine is a puppet of the West",
                Optional.of("URW: Discrediting Ukraine"), 0.5, List.of());
        assertThat(NarrativeClassifier.columns(List.of(a, b, b1))).containsExactly(
                "URW: Praise of Russia;URW: Discrediting Ukraine",
                "URW: Praise of Russia: Other;URW: Discrediting Ukraine: Ukraine is a puppet of the West");
    }
}
