package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One loaded CoreNLP pipeline, shared per JVM by its effective properties. {@link StanfordCoreNLP#annotate}
 * with one {@link Annotation} per call is safe from several threads for the annotators it runs (tokenize,
 * ssplit, pos, lemma, ner without SUTime). SUTime is not: it keeps state between documents, so it runs after
 * the pipeline on a small pool of {@link Sutime} extractors, one per concurrent call, each reset after use.
 */
final class Engine {

    private static final String RESOURCE = "corenlp.properties";
    /** Parley's own property: whether this engine runs SUTime after the pipeline. */
    static final String SUTIME = "parley.sutime";

    /** Keyed by the sorted properties, so equal options share one pipeline however they were built. */
    private static final ConcurrentMap<String, Engine> LOADED = new ConcurrentHashMap<>();

    private final Properties properties;
    private final int maxSentenceLength;
    private volatile StanfordCoreNLP pipeline;

    /** Idle SUTime extractors; one more is loaded when all are busy, up to {@link #maxSutimes}. */
    private final BlockingQueue<Sutime> idleSutimes = new LinkedBlockingQueue<>();
    private final AtomicInteger sutimes = new AtomicInteger();
    private final int maxSutimes = Math.max(2, Runtime.getRuntime().availableProcessors());

    private Engine(Properties properties, int maxSentenceLength) {
        this.properties = properties;
        this.maxSentenceLength = maxSentenceLength;
    }

    static Engine shared(Properties properties, int maxSentenceLength) {
        // Models load on first use, so a pipeline can be built (to list it, or to compare versions) for free.
        return LOADED.computeIfAbsent(key(properties), k -> new Engine(properties, maxSentenceLength));
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
                    if (runsSutime()) {
                        sutimes.incrementAndGet();
                        idleSutimes.add(Sutime.load(properties));
                    }
                    pipeline = new StanfordCoreNLP(properties);
                }
            }
        }
    }

    /**
     * CoreNLP logs every model it loads and every odd character through Redwood to stderr; the CLI prints its
     * own progress and our problems carry what matters, so Redwood's handlers are removed.
     */
    static void quietLogging() {
        RedwoodConfiguration.current().clear().apply();
    }

    int maxSentenceLength() {
        return maxSentenceLength;
    }

    boolean runsSutime() {
        return !"false".equals(properties.getProperty(SUTIME));
    }

    Properties properties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    /**
     * A fresh annotation per call, then SUTime's time expressions under {@code TimexAnnotations}: the annotation
     * is the only mutable state, never shared between threads.
     */
    Annotation annotate(String text, Optional<LocalDate> documentDate) {
        load();
        Annotation annotation = new Annotation(text);
        documentDate.ifPresent(d -> annotation.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        pipeline.annotate(annotation);
        if (!runsSutime()) {
            return annotation;
        }
        Sutime sutime = borrowSutime();
        try {
            // SUTime resolves "on Monday", "March 29", "last week" against the date; unset gives XXXX-03-29.
            annotation.set(TimeAnnotations.TimexAnnotations.class,
                    sutime.extract(annotation, documentDate, maxSentenceLength));
        } finally {
            idleSutimes.add(sutime);
        }
        return annotation;
    }

    private Sutime borrowSutime() {
        Sutime idle = idleSutimes.poll();
        if (idle != null) {
            return idle;
        }
        if (sutimes.incrementAndGet() <= maxSutimes) {
            return Sutime.load(properties);
        }
        sutimes.decrementAndGet();
        try {
            return idleSutimes.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a SUTime extractor", e);
        }
    }

    /** Every extractor loaded so far, for tests: idle ones only, so call when no annotation runs. */
    java.util.List<Sutime> idleSutimes() {
        return java.util.List.copyOf(idleSutimes);
    }

    int annotateBare(String text, Optional<LocalDate> documentDate) {
        return annotate(text, documentDate).get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
