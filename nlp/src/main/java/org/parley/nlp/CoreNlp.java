package org.parley.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.parley.pipeline.Component;

/**
 * The CoreNLP adapter: the only entry point of this module. It runs tokenize, ssplit, pos, lemma and ner
 * (one CRF model, SUTime on) and returns Parley layers: tokens, sentences, mentions and timexes, with Java char
 * offsets into the article text. No CoreNLP type leaves this module.
 *
 * <p>Loading the models takes seconds and hundreds of megabytes, so each distinct configuration loads once per JVM,
 * on first use, and every {@code CoreNlp} built with the same options shares it, across test classes and threads.
 *
 * <pre>{@code
 * Component nlp = CoreNlp.builder().build().component();
 * }</pre>
 */
public final class CoreNlp {

    /** Which named-entity models to run. */
    public enum NerModel {
        /** CoNLL 2003, 4 classes: PERSON, ORGANIZATION, LOCATION, MISC (nationalities, events). Parley's default. */
        CONLL_4CLASS("edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz"),
        /** 3 classes, no MISC: slightly larger training set, loses "Russian"/"Ukrainian" as MISC. */
        ALL_3CLASS("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz"),
        /** CoreNLP's own default: the 3-class, 7-class MUC and 4-class models combined; about 3x the NER time. */
        COMBINED_3("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
                + "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz,"
                + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");

        private final String paths;

        NerModel(String paths) {
            this.paths = paths;
        }
    }

    static final int DEFAULT_MAX_SENTENCE_LENGTH = 250;
    static final int LIMIT_MAX_SENTENCE_LENGTH = 5_000;

    /** Bump when the conversion to Parley layers changes what it produces. */
    private static final String ADAPTER_VERSION = "1";

    private final Engine engine;
    private final String version;

    private CoreNlp(Engine engine, String version) {
        this.engine = engine;
        this.version = version;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The pipeline component "corenlp": needs nothing, adds tokens, sentences, mentions and, unless built with
     * {@link Builder#sutime(boolean) sutime(false)}, timexes.
     */
    public Component component() {
        return new CoreNlpComponent(engine, version);
    }

    /**
     * The component's version: the adapter's, CoreNLP's release and every option that changes the output, so a
     * stored analysis made under other options is redone.
     */
    public String componentVersion() {
        return version;
    }

    /** Loads the models now instead of on the first article (benchmarks time loading apart). */
    public CoreNlp load() {
        engine.annotate("Load.", Optional.empty());
        return this;
    }

    /**
     * The CoreNLP release on the class path, e.g. "CoreNLP 4.5.10", for {@code --version} and docs. Static, so
     * asking for it loads no model.
     */
    public static String version() {
        return Engine.version();
    }

    Engine engine() {
        return engine;
    }

    /** The longest sentence (in tokens) that gets part-of-speech, entities and time expressions. */
    public int maxSentenceLength() {
        return engine.maxSentenceLength();
    }

    /**
     * Baseline for benchmarks: bare CoreNLP on this text with the same annotators and options, without
     * conversion to Parley records. Returns the number of tokens.
     */
    public int annotateBare(String text, Optional<LocalDate> documentDate) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(documentDate, "documentDate");
        return engine.annotateBare(text, documentDate);
    }

    /**
     * A quotation found by CoreNLP's quote annotator: the quote with its marks and, when attribution ran, the
     * speaker's mention and CoreNLP's name for the speaker.
     */
    public record Quotation(org.parley.model.Span quote, Optional<org.parley.model.Span> mention,
            Optional<String> speaker) {
        public Quotation {
            Objects.requireNonNull(quote, "quote");
            Objects.requireNonNull(mention, "mention");
            Objects.requireNonNull(speaker, "speaker");
        }
    }

    /**
     * Baseline for the statements scorer: CoreNLP's quote annotator on this text, top-level quotations only. With
     * {@code attribute} it also names speakers, which needs CoreNLP's dependency parse and coreference (well under
     * 1k chars/s here); without, it runs on tokenize and ssplit alone. Its own pipeline, loaded once per JVM.
     */
    public static List<Quotation> quotations(String text, boolean attribute) {
        Objects.requireNonNull(text, "text");
        return QuoteBaseline.of(attribute).quotations(text);
    }

    /** Options, checked as they are set. */
    public static final class Builder {
        private NerModel nerModel = NerModel.CONLL_4CLASS;
        private boolean nerModelSet;
        private boolean fineGrained;
        private boolean coreNlpDefaults;
        private int maxSentenceLength = DEFAULT_MAX_SENTENCE_LENGTH;
        private boolean sutime = true;

        private Builder() {
        }

        public Builder nerModel(NerModel model) {
            Objects.requireNonNull(model, "model");
            if (coreNlpDefaults) {
                throw new IllegalStateException("nerModel(" + model + ") conflicts with coreNlpDefaults(), "
                        + "which uses CoreNLP's own model list");
            }
            this.nerModel = model;
            this.nerModelSet = true;
            return this;
        }

        /**
         * Also run CoreNLP's fine-grained regexner (CITY, COUNTRY, NATIONALITY, TITLE...); those are folded
         * back into LOCATION and MISC. Off by default: it roughly doubles the time spent in NER.
         */
        public Builder fineGrained(boolean on) {
            if (coreNlpDefaults) {
                throw new IllegalStateException("fineGrained(" + on + ") conflicts with coreNlpDefaults(), "
                        + "which turns fine-grained NER on");
            }
            this.fineGrained = on;
            return this;
        }

        /**
         * CoreNLP's default NER (three CRF models + fine-grained regexner), for benchmarks and accuracy
         * comparisons. Same tokenizer, sentence splitter, SUTime and sentence-length limit as the default;
         * without Parley's small places gazetteer.
         */
        public Builder coreNlpDefaults() {
            if (nerModelSet || fineGrained) {
                throw new IllegalStateException("coreNlpDefaults() conflicts with nerModel(" + nerModel
                        + ") / fineGrained(" + fineGrained + ") set earlier");
            }
            this.coreNlpDefaults = true;
            return this;
        }

        /**
         * Sentences longer than this many tokens get no part-of-speech (tag "X"), entities or time
         * expressions, and a {@code nlp.sentence-too-long} problem: a run-on "sentence" (a table, a list
         * without full stops) would otherwise take minutes in the CRF and in SUTime. Default 250.
         */
        public Builder maxSentenceLength(int tokens) {
            if (tokens < 10 || tokens > LIMIT_MAX_SENTENCE_LENGTH) {
                throw new IllegalArgumentException("maxSentenceLength must be within [10, "
                        + LIMIT_MAX_SENTENCE_LENGTH + "], was " + tokens);
            }
            this.maxSentenceLength = tokens;
            return this;
        }

        /**
         * Run SUTime and add the timexes layer (default), or leave it out so that another component (Parley's
         * own time tagger) adds timexes: then no SUTime extractor is loaded and the component adds only tokens,
         * sentences and mentions.
         */
        public Builder sutime(boolean on) {
            this.sutime = on;
            return this;
        }

        /**
         * A CoreNLP for this configuration. Its models load on first use, once per JVM: every {@code CoreNlp} built
         * with the same options shares them.
         */
        public CoreNlp build() {
            String options = coreNlpDefaults ? "corenlp-defaults" : nerModel.name().toLowerCase(java.util.Locale.ROOT)
                    + (fineGrained ? "+fine" : "");
            String version = ADAPTER_VERSION + "/" + Engine.version().replace("CoreNLP ", "corenlp-") + "/" + options
                    + "/maxlen-" + maxSentenceLength + (sutime ? "/sutime" : "");
            return new CoreNlp(Engine.shared(properties(), maxSentenceLength), version);
        }

        Properties properties() {
            Properties p = Engine.baseProperties();
            String len = Integer.toString(maxSentenceLength);
            p.setProperty("pos.maxlen", len);
            p.setProperty("ner.maxlen", len);
            // Read by Engine, not by CoreNLP; part of the key, so with and without SUTime are two engines.
            p.setProperty(Engine.SUTIME, Boolean.toString(sutime));
            if (coreNlpDefaults) {
                p.setProperty("ner.model", NerModel.COMBINED_3.paths);
                p.setProperty("ner.applyFineGrained", "true");
                p.remove("ner.additional.regexner.mapping"); // a pure baseline: CoreNLP's gazetteers only
            } else {
                p.setProperty("ner.model", nerModel.paths);
                p.setProperty("ner.applyFineGrained", Boolean.toString(fineGrained));
            }
            return p;
        }
    }
}
