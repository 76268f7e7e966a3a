package org.parley.cli;

import java.time.Duration;
import org.parley.analysis.Analysis;
import org.parley.analysis.Analyzer;
import org.parley.pipeline.Pipeline;
import picocli.CommandLine.Option;

/** Options of the commands that analyse: workers and the limits that keep one article from stopping a batch. */
final class AnalysisOptions {

    @Option(names = "--threads", description = "Analysis threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--max-chars", defaultValue = "" + Pipeline.DEFAULT_MAX_CHARS,
            description = "Longer texts are stored but not analysed (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--max-seconds", defaultValue = "60",
            description = "Give up analysing one article after this many seconds; the batch goes on"
                    + " (default: ${DEFAULT-VALUE}).")
    int maxSeconds;

    @Option(names = "--time-tagger", defaultValue = "parley", paramLabel = "parley|sutime",
            description = "Which component finds time expressions: Parley's own (default) or CoreNLP's SUTime, for"
                    + " comparison.")
    String timeTagger;

    Pipeline pipeline() {
        if (maxChars < 1) {
            throw new Errors.UserError("--max-chars must be at least 1, not " + maxChars);
        }
        Analysis.TimeTagging time = switch (timeTagger) {
            case "parley" -> Analysis.TimeTagging.PARLEY;
            case "sutime" -> Analysis.TimeTagging.SUTIME;
            default -> throw new Errors.UserError("--time-tagger must be parley or sutime, not '" + timeTagger + "'");
        };
        return Analysis.pipeline(maxChars, time);
    }

    Analyzer analyzer(Pipeline pipeline) {
        if (maxSeconds < 1) {
            throw new Errors.UserError("--max-seconds must be at least 1, not " + maxSeconds);
        }
        return Analysis.analyzer(pipeline, Threads.of(threads), Duration.ofSeconds(maxSeconds));
    }
}
