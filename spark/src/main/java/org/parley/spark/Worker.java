package org.parley.spark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.parley.analysis.Analysis;
import org.parley.analysis.Analyzer;
import org.parley.ingest.Ingest;
import org.parley.ingest.IngestResult;
import org.parley.json.AnalysisJson;
import org.parley.json.DocumentJson;
import org.parley.model.Document;
import org.parley.pipeline.Pipeline;
import scala.Tuple2;

/**
 * One task's share of the inputs: each file read as {@code parley analyze} reads it, each article analysed by the
 * executor's pipeline, each result keyed for the job: {@link #ARTICLE} and the article's id with its analysis JSON
 * and its whole document ({@link DocumentJson}), or {@link #PROBLEM} and the problem's line with the line.
 */
final class Worker implements PairFlatMapFunction<Iterator<String>, String, Tuple2<String, String>> {

    private static final long serialVersionUID = 1L;

    static final String ARTICLE = "a\t";
    static final String PROBLEM = "p\t";

    /** One pipeline per executor JVM and settings: loading CoreNLP and the models takes seconds, a task is short. */
    private static final Map<Settings, Pipeline> PIPELINES = new ConcurrentHashMap<>();

    private final Settings settings;

    Worker(Settings settings) {
        this.settings = settings;
    }

    @Override
    public Iterator<Tuple2<String, Tuple2<String, String>>> call(Iterator<String> files) {
        Pipeline pipeline = PIPELINES.computeIfAbsent(settings,
                s -> Analysis.pipeline(s.maxChars(), Analysis.TimeTagging.PARLEY));
        Ingest ingest = Ingest.builder().build();
        List<Tuple2<String, Tuple2<String, String>>> out = new ArrayList<>();
        Consumer<Document> sink = d -> out.add(new Tuple2<>(ARTICLE + d.article().id(),
                new Tuple2<>(AnalysisJson.write(d), DocumentJson.write(d))));
        // One worker thread per task: Spark runs as many tasks at once as the executor has cores.
        try (Analyzer analyzer = Analysis.analyzer(pipeline, 1, Duration.ofSeconds(settings.limitSeconds()))) {
            Configuration conf = new Configuration();
            while (files.hasNext()) {
                try (Stream<IngestResult> results = Storage.read(ingest, files.next(), conf)) {
                    results.forEachOrdered(r -> {
                        if (r instanceof IngestResult.Accepted a) {
                            analyzer.submit(Document.of(a.article()), sink);
                        } else if (r instanceof IngestResult.Rejected rej) {
                            String line = "rejected " + rej.problem().line();
                            out.add(new Tuple2<>(PROBLEM + line, new Tuple2<>(line, "")));
                        }
                    });
                }
            }
            analyzer.finish(sink);
        }
        return out.iterator();
    }
}
