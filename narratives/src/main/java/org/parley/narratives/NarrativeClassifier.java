package org.parley.narratives;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.parley.model.NarrativeLabel;
import org.parley.model.Span;
import org.parley.pipeline.Component;

/**
 * Narratives of the SemEval-2025 Task 10 taxonomy (subtask 2: narratives and sub-narratives of the Ukraine war and
 * climate change, or "Other") per article, each with the sentences that carry it. Sentences are embedded in process
 * (all-MiniLM-L6-v2, quantized, on ONNX Runtime: no network), their mean is the article's vector, and one logistic
 * regression per label scores it; the same linear model scores each sentence, and the best ones are the evidence.
 *
 * <pre>{@code
 * NarrativeClassifier c = NarrativeClassifier.standard();   // the committed model
 * pipelineBuilder.add(c.component());                        // needs sentences, adds narratives
 * }</pre>
 */
public final class NarrativeClassifier {

    /** The label of an article that pushes none of the narratives, and of a narrative's unnamed sub-narrative. */
    public static final String OTHER = "Other";
    /** Where the committed model lives on the class path; {@code parley train narratives} rebuilds it. */
    public static final String MODEL_RESOURCE = "/org/parley/narratives/model.tsv";
    /** Sentences embedded per article at most: bounds the cost of very long texts. */
    static final int MAX_SENTENCES = 80;
    /** Evidence sentences per label. */
    static final int EVIDENCE = 2;

    /** The classifiers compared in {@code parley eval semeval-t10}; {@link #DEFAULT} is the committed one. */
    public enum Variant {
        /** Logistic regression, every threshold at 0.5: the known baseline. */
        LOGREG(new Trainer.Settings(0.01, 300, false, false, 4, 0, 0)),
        /** Thresholds tuned by inner cross-validation on the training folds. */
        LOGREG_TUNED(new Trainer.Settings(0.01, 300, true, false, 4, 0, 0)),
        /** Tuned, and an article's narratives kept within one domain (war or climate). */
        LOGREG_TUNED_DOMAIN(new Trainer.Settings(0.01, 300, true, true, 4, 0, 0)),
        /** Tuned regression blended half and half with a vote of the 10 most similar training articles. */
        LOGREG_KNN_TUNED(new Trainer.Settings(0.01, 300, true, false, 4, 10, 0.5)),
        /**
         * Tuned, and fitted on more of each training article than the reading sees at run time (its training
         * views), with a stronger penalty for the more rows.
         */
        LOGREG_TUNED_VIEWS(new Trainer.Settings(0.03, 300, true, false, 4, 0, 0, true));

        /**
         * In 5-fold cross-validation on the English training articles, neither the domain rule nor the kNN vote
         * added more than noise (docs/quality.md), so the simplest tuned model is the one committed.
         */
        public static final Variant DEFAULT = LOGREG_TUNED;

        final Trainer.Settings settings;

        Variant(Trainer.Settings settings) {
            this.settings = settings;
        }
    }

    /** A labelled article of a SemEval-2025 Task 10 folder. */
    public record Example(String id, String text, List<String> narratives, List<String> subNarratives) {
        public Example {
            narratives = List.copyOf(narratives);
            subNarratives = List.copyOf(subNarratives);
        }
    }

    /**
     * A SemEval-2025 Task 10 subtask 2 folder: {@code raw-documents/*.txt}, {@code subtask-2-annotations.txt},
     * {@code narratives.txt}, {@code subnarratives.txt}. Examples in the order of the annotation file.
     */
    public record Corpus(List<Example> examples, List<String> narratives, List<String> subNarratives) {
        public Corpus {
            examples = List.copyOf(examples);
            narratives = List.copyOf(narratives);
            subNarratives = List.copyOf(subNarratives);
        }

        public static Corpus read(Path dir) throws IOException {
            var examples = new ArrayList<Example>();
            for (String line : Files.readAllLines(dir.resolve("subtask-2-annotations.txt"), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String text = Files.readString(dir.resolve("raw-documents").resolve(f[0]), StandardCharsets.UTF_8);
                examples.add(new Example(f[0], text, split(f[1]), split(f.length > 2 ? f[2] : "")));
            }
            return new Corpus(examples, lines(dir.resolve("narratives.txt")), lines(dir.resolve("subnarratives.txt")));
        }

        private static List<String> split(String labels) {
            return Arrays.stream(labels.split(";")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        }

        private static List<String> lines(Path file) throws IOException {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
        }
    }

    /** The sentence-embedding models: langchain4j's packages of all-MiniLM-L6-v2, quantized and full. */
    public enum Weights {
        QUANTIZED("all-minilm-l6-v2-q"), FULL("all-minilm-l6-v2");

        private final String id;

        Weights(String id) {
            this.id = id;
        }

        /** The model's name in its package's resources. */
        public String id() {
            return id;
        }
    }

    /**
     * How an article is read into vectors: which model; whether consecutive sentences share a pass of up to
     * {@code window} tokens ({@code [CLS]} and {@code [SEP]} included) or each sentence has its own pass, cut to
     * {@code window}; how many tokens of the article at most; and, when the article is longer, whether the sentences
     * read are the first ones or, after the first, those a word model learned from the training articles ranks most
     * likely to carry a narrative ({@code select}). A model is trained and used with one reading, which the model
     * file records. With {@code lexical} above 0, the article's vector also holds a hashed bag of its words and word
     * pairs in that many buckets ({@link Lexical}), over the whole article whatever the token budget. With
     * {@code spread}, the sentences read under the cap are a sample across the article instead of the first; with
     * {@code content}, function words, marks and digits are left out before the encoder; with {@code tokens}, the
     * vector also holds the mean of static token vectors over every sentence (and {@code maxTokens} 0 leaves the encoder
     * out); with {@code student}, the sentences the encoder does not read get a {@link Student} map's guess of their
     * encoder vectors from their static token vectors, so the encoder's block covers the whole article. Written as
     * {@code quantized:256:512}, {@code quantized:256:256:select}, {@code full:sentence128:all} for one pass per
     * sentence over the whole article, {@code quantized:sentence128:192:lex512} for the first 192 tokens embedded and
     * every word in 512 buckets, {@code quantized:sentence128:0:tok} for static vectors alone, or
     * {@code quantized:sentence128:128:student} for the first 128 tokens read and the rest guessed. The cheap ones
     * score lower (docs/quality.md) and are kept for comparison.
     */
    public record Reading(Weights weights, boolean packed, int window, int maxTokens, boolean select, int lexical,
            boolean tokens, boolean content, boolean spread, boolean student) {
        /**
         * What the committed model reads: every sentence in its own pass. Packed windows and a cap on tokens (with or
         * without the selector) cost less but scored lower in cross-validation and lost seed labels
         * (docs/performance.md), so they are kept for comparison only. So is the bag of words beside a capped
         * embedding ({@code :lex512}): it lifts the first 256 tokens near the committed score, but those tokens cost
         * about 0.7 times the rest of the pipeline, and within the budget (about 200 tokens) it adds no more than noise.
         */
        public static final Reading DEFAULT = new Reading(Weights.QUANTIZED, false, 128, Integer.MAX_VALUE, false);
        private static final int ALL = Integer.MAX_VALUE;
        private static final String FORM = "a reading is WEIGHTS:WINDOW:MAX[:select|:spread][:content][:tok][:student][:lexN]"
                + " (e.g. quantized:256:512)";

        /** A reading without the bag of words or static token vectors. */
        public Reading(Weights weights, boolean packed, int window, int maxTokens, boolean select) {
            this(weights, packed, window, maxTokens, select, 0, false, false, false, false);
        }

        public Reading {
            if (lexical < 0 || lexical > 1 << 16 || Integer.bitCount(lexical) > 1) {
                throw new IllegalArgumentException("lexical buckets " + lexical + " not 0 or a power of 2 up to 65536");
            }
            if (window < 16 || window > 512) {
                throw new IllegalArgumentException("window " + window + " outside 16..512 tokens");
            }
            if (maxTokens == 0 && !tokens && !student) {
                throw new IllegalArgumentException("at most 0 tokens embedded leaves nothing to read without :tok or"
                        + " :student");
            }
            if (maxTokens != 0 && maxTokens < window - 2) {
                throw new IllegalArgumentException("at most " + maxTokens + " tokens is less than one window of "
                        + window);
            }
            if (select && spread) {
                throw new IllegalArgumentException("a reading selects sentences or spreads over them, not both");
            }
            if (maxTokens == 0 && (select || spread)) {
                throw new IllegalArgumentException("nothing embedded, so nothing to select");
            }
        }

        /** Whether sentences are run through the encoder at all (else the article is read by static vectors only). */
        public boolean contextual() {
            return maxTokens > 0;
        }

        /** Whether the vector has the encoder's block: sentences read by the encoder, or guessed by a student map. */
        boolean encoderSpace() {
            return contextual() || student;
        }

        /** Whether a reader of this reading learns something from the training articles (selector, student map). */
        public boolean learned() {
            return select || student;
        }

        /** The length of an article's vector: encoder mean, static token mean, bag of words, as present. */
        int dimensions() {
            return (encoderSpace() ? Embedder.DIMENSION : 0) + (tokens ? Embedder.DIMENSION : 0) + lexical;
        }

        /** Reads the written form; throws {@link IllegalArgumentException} naming what is wrong. */
        public static Reading parse(String s) {
            String[] f = s.split(":", -1);
            if (f.length < 3) {
                throw new IllegalArgumentException(FORM + ", not " + s);
            }
            boolean select = false;
            boolean tokens = false;
            boolean content = false;
            boolean spread = false;
            boolean student = false;
            int lexical = 0;
            // Flags in one order (select, spread, content, tok, student, lexN), so a reading has one written form.
            int last = -1;
            for (int i = 3; i < f.length; i++) {
                int kind = f[i].equals("select") ? 0 : f[i].equals("spread") ? 1 : f[i].equals("content") ? 2
                        : f[i].equals("tok") ? 3 : f[i].equals("student") ? 4 : f[i].matches("lex[0-9]{1,6}") ? 5 : -1;
                if (kind <= last) {
                    throw new IllegalArgumentException(FORM + ", not " + s + " (" + f[i] + "?)");
                }
                last = kind;
                select |= kind == 0;
                spread |= kind == 1;
                content |= kind == 2;
                tokens |= kind == 3;
                student |= kind == 4;
                lexical = kind == 5 ? Integer.parseInt(f[i].substring("lex".length())) : lexical;
            }
            Weights w = Arrays.stream(Weights.values()).filter(v -> v.name().equalsIgnoreCase(f[0])).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("weights are quantized or full, not " + f[0]));
            boolean packed = !f[1].startsWith("sentence");
            try {
                int window = Integer.parseInt(packed ? f[1] : f[1].substring("sentence".length()));
                return new Reading(w, packed, window, f[2].equals("all") ? ALL : Integer.parseInt(f[2]), select,
                        lexical, tokens, content, spread, student);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number in " + s);
            }
        }

        @Override
        public String toString() {
            return weights.name().toLowerCase(java.util.Locale.ROOT) + ":" + (packed ? "" : "sentence") + window + ":"
                    + (maxTokens == ALL ? "all" : String.valueOf(maxTokens)) + (select ? ":select" : "")
                    + (spread ? ":spread" : "")
                    + (content ? ":content" : "") + (tokens ? ":tok" : "") + (student ? ":student" : "") + (lexical > 0 ? ":lex" + lexical : "");
        }
    }

    /** Reads articles into {@link Features} as one model does: its reading, and its sentence selector if any. */
    public static final class Reader {
        final Reading reading;
        final Selector selector;
        final Student student;

        Reader(Reading reading, Selector selector, Student student) {
            if (reading.select() != selector.present()) {
                throw new IllegalArgumentException("reading " + reading + (selector.present() ? " has no use for"
                        : " needs") + " a sentence selector");
            }
            if (reading.student() != student.present()) {
                throw new IllegalArgumentException("reading " + reading + (student.present() ? " has no use for"
                        : " needs") + " a student map");
            }
            this.reading = reading;
            this.selector = selector;
            this.student = student;
        }

        public Reading reading() {
            return reading;
        }

        /** Embeds a text read without the pipeline, split into sentences by a plain splitter. */
        public Features features(String text) {
            return features(text, Splitter.sentences(text));
        }

        /**
         * Embeds the given sentences of {@code text} as far as the reading allows; very short ones (headings,
         * bylines) are left out.
         */
        public Features features(String text, List<Span> sentences) {
            List<Span> candidates = candidates(text, sentences);
            List<String> strings = candidates.stream().map(s -> s.of(text)).toList();
            int n = candidates.size();
            float[] mean = new float[reading.dimensions()];
            float[][] rows = new float[n][mean.length];
            int at = 0;
            if (reading.encoderSpace()) {
                double[] priority = selector.present() ? strings.stream().mapToDouble(selector::score).toArray()
                        : new double[0];
                Embedder.Embedded e = reading.contextual() ? Embedder.embed(strings, reading, priority)
                        : new Embedder.Embedded(new int[0], new float[0][], new int[0]);
                float[][] vectors = e.vectors();
                int[] chosen = e.chosen();
                if (student.present()) {
                    vectors = withGuesses(strings, vectors, chosen);
                    chosen = IntStream.range(0, n).toArray();
                }
                weightedMean(vectors, IntStream.range(0, vectors.length).toArray(), chosen, candidates, mean, at);
                // A sentence left out of the encoder's budget carries the article's vector there, which ranks all
                // such sentences alike; the other parts still tell them apart.
                for (int i = 0, k = 0; i < n; i++) {
                    boolean embedded = k < chosen.length && chosen[k] == i;
                    System.arraycopy(embedded ? vectors[k] : mean, at, rows[i], at, Embedder.DIMENSION);
                    k += embedded ? 1 : 0;
                }
                if (!reading.tokens() && reading.lexical() == 0) {
                    // Only the encoder: the evidence is chosen among the embedded sentences, as before.
                    List<Span> kept = Arrays.stream(chosen).mapToObj(candidates::get).toList();
                    return new Features(this, kept, vectors, mean);
                }
                at += Embedder.DIMENSION;
            }
            if (reading.tokens()) {
                // Static token vectors read every candidate sentence at the cost of table lookups.
                double[][] sums = Embedder.staticSums(strings, reading.weights());
                double[] total = new double[Embedder.DIMENSION];
                for (int i = 0; i < n; i++) {
                    unit(sums[i], rows[i], at);
                    for (int j = 0; j < total.length; j++) {
                        total[j] += sums[i][j];
                    }
                }
                unit(total, mean, at);
                at += Embedder.DIMENSION;
            }
            if (reading.lexical() > 0) {
                // The bag of words reads the whole text (headings too), however few tokens were embedded.
                System.arraycopy(Lexical.vector(text, reading.lexical()), 0, mean, at, reading.lexical());
                for (int i = 0; i < n; i++) {
                    System.arraycopy(Lexical.vector(strings.get(i), reading.lexical()), 0, rows[i], at,
                            reading.lexical());
                }
            }
            return new Features(this, candidates, rows, mean);
        }
        /**
         * Every sentence's vector: the encoder's for the {@code chosen} ones it read, the student map's guess in the
         * same space for the rest.
         */
        private float[][] withGuesses(List<String> strings, float[][] vectors, int[] chosen) {
            float[][] all = new float[strings.size()][];
            var rest = new ArrayList<Integer>();
            for (int i = 0, k = 0; i < all.length; i++) {
                if (k < chosen.length && chosen[k] == i) {
                    all[i] = vectors[k++];
                } else {
                    rest.add(i);
                }
            }
            double[][] sums = Embedder.staticSums(rest.stream().map(strings::get).toList(), reading.weights());
            for (int j = 0; j < sums.length; j++) {
                all[rest.get(j)] = student.vector(sums[j]);
            }
            return all;
        }
    }

    /**
     * Training features: the article as read at run time, and beside it views that cost more than a run-time
     * reading may spend: the whole article, and each stretch of consecutive sentences of about the reading's token
     * budget. The classifier learns from 200 articles; reading each several ways gives it more of what the labels
     * look like, while thresholds are still tuned on the run-time reading.
     */
    public static Features trainingFeatures(Reader reader, String text) {
        Features f = reader.features(text);
        Reading r = reader.reading;
        if ((!r.contextual() && !r.student()) || r.tokens() || r.maxTokens() == Integer.MAX_VALUE) {
            // Static vectors read the whole article already; an uncapped reading has no more to show.
            return f;
        }
        List<Span> candidates = candidates(text, Splitter.sentences(text));
        List<String> strings = candidates.stream().map(s -> s.of(text)).toList();
        Reading all = new Reading(r.weights(), r.packed(), r.window(), Integer.MAX_VALUE, false, 0, false, r.content(),
                false, false);
        Embedder.Embedded e = Embedder.embed(strings, all, new double[0]);
        var views = new ArrayList<float[]>();
        views.add(view(e, candidates, strings, IntStream.range(0, candidates.size()).toArray(), r, text));
        if (!r.contextual()) {
            // A student reads no sentence with the encoder: its one view is the whole article as the encoder reads it.
            return new Features(reader, f.sentences, f.vectors, f.mean, views);
        }
        if (r.spread()) {
            // A spread reading samples every stride-th sentence: the views are the other samples of the same stride.
            int stride = Embedder.stride(Arrays.stream(e.lengths()).asLongStream().sum(), r.maxTokens());
            for (int offset = 1; offset < stride; offset++) {
                int o = offset;
                views.add(view(e, candidates, strings, IntStream.range(0, candidates.size())
                        .filter(i -> i % stride == o).toArray(), r, null));
            }
            return new Features(reader, f.sentences, f.vectors, f.mean, views);
        }
        int from = 0;
        while (from < candidates.size()) {
            int to = from;
            int used = 0;
            while (to < candidates.size() && (to == from || used + e.lengths()[to] <= r.maxTokens())) {
                used += e.lengths()[to++];
            }
            if (from > 0) {
                views.add(view(e, candidates, strings, IntStream.range(from, to).toArray(), r, null));
            }
            from = to;
        }
        return new Features(reader, f.sentences, f.vectors, f.mean, views);
    }

    private static float[] view(Embedder.Embedded e, List<Span> candidates, List<String> strings, int[] sentences,
            Reading r, String whole) {
        float[] out = new float[r.dimensions()];
        // Everything was embedded, so row i of the vectors is sentence i.
        weightedMean(e.vectors(), sentences, sentences, candidates, out, 0);
        if (r.lexical() > 0) {
            String words = whole != null ? whole
                    : String.join(" ", Arrays.stream(sentences).mapToObj(strings::get).toList());
            System.arraycopy(Lexical.vector(words, r.lexical()), 0, out, Embedder.DIMENSION, r.lexical());
        }
        return out;
    }

    /** The sentences worth reading: very short ones (headings, bylines) left out, and at most {@link #MAX_SENTENCES}. */
    private static List<Span> candidates(String text, List<Span> sentences) {
        return sentences.stream().filter(s -> words(text, s) >= 4).limit(MAX_SENTENCES).toList();
    }

    /**
     * The length-weighted mean of the vectors in {@code rows}, row {@code rows[k]} being the sentence
     * {@code candidates.get(sentences[k])}, at unit length into {@code out} from {@code at}.
     */
    private static void weightedMean(float[][] vectors, int[] rows, int[] sentences, List<Span> candidates,
            float[] out, int at) {
        double[] sum = new double[Embedder.DIMENSION];
        for (int k = 0; k < rows.length; k++) {
            // Longer sentences say more; the weight is capped so one run-on line does not drown the rest.
            double weight = Math.min(candidates.get(sentences[k]).length(), 400);
            for (int j = 0; j < sum.length; j++) {
                sum[j] += weight * vectors[rows[k]][j];
            }
        }
        unit(sum, out, at);
    }

    /** Writes {@code v} scaled to unit length (zeros stay zeros) into {@code out} from {@code at}. */
    private static void unit(double[] v, float[] out, int at) {
        double norm = Math.sqrt(Arrays.stream(v).map(x -> x * x).sum());
        for (int j = 0; j < v.length && norm > 0; j++) {
            out[at + j] = (float) (v[j] / norm);
        }
    }

    /**
     * A reader with this reading; with {@code select}, its sentence selector is learned from {@code trainOn} (which
     * must then be the articles the model is trained on).
     */
    public static Reader reader(Reading reading, List<Example> trainOn) {
        Selector selector = !reading.select() ? Selector.NONE : Selector.train(trainOn.stream().map(Example::text)
                .toList(), trainOn.stream().map(e -> e.narratives().stream().anyMatch(n -> !n.equals(OTHER))).toList());
        Student student = !reading.student() ? Student.NONE : Student.fit(trainOn.stream().map(e -> {
            List<Span> c = candidates(e.text(), Splitter.sentences(e.text()));
            return c.stream().map(s -> s.of(e.text())).toList();
        }).toList(), reading.weights());
        return new Reader(reading, selector, student);
    }

    /** An article's embedded sentences and their mean: computed once, then classified by any model. */
    public static final class Features {
        final Reader reader;
        final List<Span> sentences;
        final float[][] vectors;
        final float[] mean;
        /** Training only: more vectors of the same article with its labels (other parts of it, the whole). */
        final List<float[]> views;

        private Features(Reader reader, List<Span> sentences, float[][] vectors, float[] mean) {
            this(reader, sentences, vectors, mean, List.of());
        }

        private Features(Reader reader, List<Span> sentences, float[][] vectors, float[] mean, List<float[]> views) {
            this.reader = reader;
            this.sentences = sentences;
            this.vectors = vectors;
            this.mean = mean;
            this.views = List.copyOf(views);
        }
    }

    private static final class Standard {
        static final NarrativeClassifier MODEL = load();

        private static NarrativeClassifier load() {
            try (InputStream in = NarrativeClassifier.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("no narratives model at " + MODEL_RESOURCE);
                }
                return new NarrativeClassifier(Model.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Model model;
    private final Reader reader;
    private final String text;

    private NarrativeClassifier(Model model) {
        this.model = model;
        this.reader = new Reader(model.reading(), model.selector(), model.student());
        this.text = model.write();
    }

    /** The committed model, read once per JVM on first use. */
    public static NarrativeClassifier standard() {
        return Standard.MODEL;
    }

    /** A model written by {@link #modelText()}. */
    public static NarrativeClassifier read(String modelText) {
        return new NarrativeClassifier(Model.read(new ByteArrayInputStream(modelText.getBytes(StandardCharsets.UTF_8))));
    }

    /**
     * The "narratives" component over this model: needs sentences, adds narratives. Cheap to build; the embedding
     * model loads on the first article.
     */
    public Component component() {
        return new NarrativesComponent(this);
    }

    /** The model as written in the model file: the same model always gives the same bytes. */
    public String modelText() {
        return text;
    }

    /** How this model reads articles. */
    public Reading reading() {
        return model.reading();
    }

    /** Reads articles as this model was trained to. */
    public Reader reader() {
        return reader;
    }

    /** A short fingerprint of the model, part of the component's version. */
    public String fingerprint() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Embeds a text read without the pipeline as this model reads it. */
    public Features features(String text) {
        return reader.features(text);
    }

    private static int words(String text, Span s) {
        int words = 0;
        boolean in = false;
        for (int i = s.start(); i < s.end(); i++) {
            boolean letter = Character.isLetter(text.charAt(i));
            if (letter && !in) {
                words++;
            }
            in = letter;
        }
        return words;
    }

    /** Trains a classifier on the corpus's articles, embedded as {@code features} (same order). */
    public static NarrativeClassifier train(Corpus corpus, List<Features> features, Variant variant) {
        return train(corpus.examples(), features, corpus, variant);
    }

    /** Trains on a subset of a corpus's examples (cross-validation), with the corpus's taxonomy. */
    public static NarrativeClassifier train(List<Example> examples, List<Features> features, Corpus taxonomy,
            Variant variant) {
        var items = new ArrayList<Trainer.Item>();
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            items.add(new Trainer.Item(features.get(i).mean, features.get(i).views, Set.copyOf(e.narratives()),
                    Set.copyOf(e.subNarratives())));
        }
        Reader reader = features.get(0).reader;
        if (features.stream().anyMatch(f -> f.reader != reader)) {
            throw new IllegalArgumentException("features read by different readers");
        }
        return new NarrativeClassifier(Trainer.train(items, entries(taxonomy), variant.settings, reader.reading,
                reader.selector, reader.student));
    }

    /** Reads the folder, embeds every article and trains the default variant: what {@code parley train} runs. */
    public static NarrativeClassifier train(Path dir) throws IOException {
        Corpus corpus = Corpus.read(dir);
        Reader reader = reader(Reading.DEFAULT, corpus.examples());
        List<Features> features = corpus.examples().stream().map(e -> trainingFeatures(reader, e.text())).toList();
        return train(corpus, features, Variant.DEFAULT);
    }

    private static List<Trainer.Entry> entries(Corpus c) {
        var out = new ArrayList<Trainer.Entry>();
        c.narratives().stream().filter(n -> !n.equals(OTHER)).forEach(n -> out.add(new Trainer.Entry(n, Optional.empty())));
        for (String sub : c.subNarratives()) {
            c.narratives().stream().filter(n -> sub.startsWith(n + ": ")).max(Comparator.comparingInt(String::length))
                    .ifPresent(n -> out.add(new Trainer.Entry(sub, Optional.of(n))));
        }
        return out;
    }

    /**
     * The narratives of an article: each narrative followed by its sub-narratives, with probabilities and evidence;
     * a single "Other" when no narrative passes.
     */
    public List<NarrativeLabel> classify(Features f) {
        if (!f.reader.reading.equals(model.reading()) || !f.reader.selector.equals(model.selector())
                || !f.reader.student.equals(model.student())) {
            throw new IllegalArgumentException("features read as " + f.reader.reading + ", model trained on "
                    + model.reading() + (f.reader.reading.select() ? " (or with another selector)" : ""));
        }
        List<Model.Label> labels = model.labels();
        if (f.sentences.isEmpty()) {
            return List.of(new NarrativeLabel(OTHER, Optional.empty(), 1, List.of()));
        }
        double[] p = model.probabilities(f.mean);
        Decoder.Decision d = Decoder.decide(labels, p, model.thresholds());
        if (d.narratives().isEmpty()) {
            double best = IntStream.range(0, p.length).filter(i -> labels.get(i).narrative()).mapToDouble(i -> p[i])
                    .max().orElse(0);
            return List.of(new NarrativeLabel(OTHER, Optional.empty(), round(1 - best), List.of()));
        }
        var out = new ArrayList<NarrativeLabel>();
        for (int i = 0; i < d.narratives().size(); i++) {
            Decoder.Choice n = d.narratives().get(i);
            out.add(label(f, labels.get(n.label()), n.p()));
            d.subs().get(i).forEach(c -> out.add(label(f, labels.get(c.label()), c.p())));
        }
        return out;
    }

    private static NarrativeLabel label(Features f, Model.Label l, double p) {
        List<Span> evidence = IntStream.range(0, f.sentences.size()).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -l.logit(f.vectors[i])).thenComparing(i -> i))
                .limit(EVIDENCE).map(f.sentences::get).sorted().toList();
        return new NarrativeLabel(l.name(), l.parent(), round(p), evidence);
    }

    private static double round(double p) {
        return Math.round(p * 10000) / 10000.0;
    }

    /**
     * The two columns of the task's prediction format for one article: narratives and sub-narratives, each joined by
     * ";". A narrative without a named sub-narrative gets its "Other" ("URW: Praise of Russia: Other").
     */
    public static List<String> columns(List<NarrativeLabel> labels) {
        var narratives = new LinkedHashSet<String>();
        var subs = new LinkedHashSet<String>();
        for (NarrativeLabel l : labels) {
            if (l.parent().isEmpty()) {
                narratives.add(l.label());
            }
        }
        for (String n : narratives) {
            List<String> under = labels.stream().filter(l -> l.parent().filter(n::equals).isPresent())
                    .map(NarrativeLabel::label).toList();
            if (n.equals(OTHER)) {
                subs.add(OTHER);
            } else if (under.isEmpty()) {
                subs.add(n + ": " + OTHER);
            } else {
                subs.addAll(under);
            }
        }
        return Stream.of(narratives, subs).map(s -> String.join(";", s)).toList();
    }

    @Override
    public String toString() {
        return model.toString();
    }
}
