package org.parley.analysis;

import java.time.Duration;
import java.util.List;
import org.parley.events.EventExtraction;
import org.parley.model.Layer;
import org.parley.narratives.NarrativeClassifier;
import org.parley.nlp.CoreNlp;
import org.parley.pipeline.Pipeline;
import org.parley.statements.Attribution;
import org.parley.time.TimeTagger;

/**
 * Parley's analysis: the default pipeline, and {@link Analyzer}s that run it over a stream of articles. The CLI,
 * the benchmarks, the server and the Spark job all come through here, so they analyse alike.
 *
 * <p>Building the pipeline is cheap: models load on the first article, once per JVM. So a caller can build it
 * just to list the components or to compare a stored analysis's versions with the current ones.
 *
 * <pre>{@code
 * Pipeline pipeline = Analysis.pipeline();
 * try (Analyzer analyzer = Analysis.analyzer(pipeline, Analysis.defaultThreads())) {
 *     articles.forEach(a -> analyzer.submit(Document.of(a), sink));
 *     analyzer.finish(sink);
 * }
 * }</pre>
 */
public final class Analysis {

    private Analysis() {
    }

    /** Default time allowed to analyse one article. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

    /** Which component adds the time expressions. */
    public enum TimeTagging {
        /** Parley's own TIMEX3 tagger over CoreNLP's tokens (module {@code time}): the default. */
        PARLEY,
        /** CoreNLP's SUTime, for comparison: slower and less accurate on news (docs/quality.md). */
        SUTIME
    }

    /** The default pipeline, in order. */
    public static Pipeline pipeline() {
        return pipeline(Pipeline.DEFAULT_MAX_CHARS, TimeTagging.PARLEY);
    }

    /** The default pipeline, analysing texts up to {@code maxChars} long, with the time tagger chosen. */
    public static Pipeline pipeline(int maxChars, TimeTagging time) {
        var b = Pipeline.builder();
        if (time == TimeTagging.SUTIME) {
            b.add(CoreNlp.builder().build().component());
        } else {
            b.add(CoreNlp.builder().sutime(false).build().component());
            b.add(TimeTagger.builder().build().component());
        }
        b.add(new ParagraphsComponent());
        Attribution.components().forEach(b::add);
        b.add(EventExtraction.component());
        return b.add(NarrativeClassifier.standard().component()).maxChars(maxChars).build();
    }

    /** The layer types the default pipeline can add: what a reader of stored documents may meet. */
    public static List<Class<? extends Layer>> layers() {
        return pipeline().components().stream().flatMap(c -> c.adds().stream())
                .sorted(java.util.Comparator.comparing(Layer::nameOf)).toList();
    }

    /** One worker per core: analysis is CPU-bound. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * An analyzer over {@code pipeline} with {@code threads} workers, a window of 4 documents per worker and the
     * default time limit per article.
     */
    public static Analyzer analyzer(Pipeline pipeline, int threads) {
        return analyzer(pipeline, threads, DEFAULT_TIME_LIMIT);
    }

    /** As {@link #analyzer(Pipeline, int)}, giving up on an article after {@code limit}. */
    public static Analyzer analyzer(Pipeline pipeline, int threads, Duration limit) {
        return new Analyzer(pipeline, threads, 4 * threads, limit);
    }
}
