package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One loaded CoreNLP pipeline, shared per JVM by its effective properties. {@link StanfordCoreNLP#annotate}
 * with one {@link Annotation} per call is safe from several threads for the annotators used here (tokenize,
 * ssplit, pos, lemma, ner with SUTime): they keep no per-document state; CoreNLP's own server relies on this.
 */
final class Engine {

    private static final String RESOURCE = "corenlp.properties";

    /** Keyed by the sorted properties, so equal options share one pipeline however they were built. */
    private static final ConcurrentMap<String, Engine> LOADED = new ConcurrentHashMap<>();

    private final Properties properties;
    private final int maxSentenceLength;
    private volatile StanfordCoreNLP pipeline;

    private Engine(Properties properties, int maxSentenceLength) {
        this.properties = properties;
        this.maxSentenceLength = maxSentenceLength;
    }

    static Engine shared(Properties properties, int maxSentenceLength) {
        Engine engine = LOADED.computeIfAbsent(key(properties), k -> new Engine(properties, maxSentenceLength));
        engine.load();
        return engine;
    }

    static Properties baseProperties() {
        Properties p = new Properties();
        try (InputStream in = Engine.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the nlp jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static String version() {
        String v = StanfordCoreNLP.class.getPackage().getImplementationVersion();
        return "CoreNLP " + (v == null ? "(version unknown)" : v);
    }

    private static String key(Properties p) {
        var sorted = new TreeMap<String, String>();
        p.stringPropertyNames().forEach(n -> sorted.put(n, p.getProperty(n)));
        return sorted.toString();
    }

    /** Loads once; other threads asking for the same configuration wait instead of loading it again. */
    private void load() {
        if (pipeline == null) {
            synchronized (this) {
                if (pipeline == null) {
                    quietLogging();
                    pipeline = new StanfordCoreNLP(properties);
                }
            }
        }
    }

    /**
     * CoreNLP logs every model it loads and every odd character through Redwood to stderr; the CLI prints its
     * own progress and our problems carry what matters, so Redwood's handlers are removed.
     */
    private static void quietLogging() {
        RedwoodConfiguration.current().clear().apply();
    }

    int maxSentenceLength() {
        return maxSentenceLength;
    }

    Properties properties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    /** A fresh annotation per call: the only mutable state, never shared between threads. */
    Annotation annotate(String text, Optional<LocalDate> documentDate) {
        Annotation annotation = new Annotation(text);
        // SUTime resolves "on Monday", "March 29", "last week" against this; unset means values like XXXX-03-29.
        documentDate.ifPresent(d -> annotation.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        pipeline.annotate(annotation);
        return annotation;
    }

    int annotateBare(String text, Optional<LocalDate> documentDate) {
        return annotate(text, documentDate).get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
