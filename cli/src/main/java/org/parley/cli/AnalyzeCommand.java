package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parley.ingest.Ingest;
import org.parley.ingest.IngestResult;
import org.parley.json.AnalysisJson;
import org.parley.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley analyze}: analyse without touching the store; one JSON object per document per line. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyses without storing: one JSON object per document per line.",
            "Contract: docs/analysis-json.md. Problems with an input go to stderr; the rest goes on."})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files (or folders, URLs) to analyse.")
    List<String> inputs;

    @Option(names = "--raw", description = "Take each file as plain text exactly as it is (no boilerplate removal),"
            + " so offsets index the file's content.")
    boolean raw;

    @Option(names = "--dct", paramLabel = "YYYY-MM-DD", description = "Use this document creation date.")
    String dct;

    @Option(names = "--threads", defaultValue = "2", description = "Analysis threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<LocalDate> date = parseDct();
        Ingest.Builder builder = Ingest.builder();
        date.ifPresent(builder::dct);
        Ingest ingest = builder.build();
        List<Article> articles = new ArrayList<>();
        int rejected = 0;
        for (String input : inputs) {
            List<IngestResult> results = raw ? List.of(readRaw(ingest, input, date)) : readAll(ingest, input);
            for (IngestResult r : results) {
                if (r instanceof IngestResult.Accepted a) {
                    articles.add(a.article());
                } else if (r instanceof IngestResult.Rejected rej) {
                    rejected++;
                    err.println("rejected " + rej.problem().line());
                }
            }
        }
        if (!articles.isEmpty()) {
            try (Batch batch = new Batch(Analysis.pipeline(), threads)) {
                batch.analyse(articles, doc -> {
                    out.println(AnalysisJson.write(doc));
                    out.flush();
                });
            }
        }
        return articles.isEmpty() && rejected > 0 ? Errors.FAILED : 0;
    }

    private static List<IngestResult> readAll(Ingest ingest, String input) {
        try (Stream<IngestResult> s = ingest.read(input)) {
            return s.toList();
        }
    }

    /** A path that is no readable file comes back as a rejection from ingest, so the other inputs go on. */
    private static IngestResult readRaw(Ingest ingest, String input, Optional<LocalDate> date) {
        return ingest.readRaw(Path.of(input), date);
    }

    private Optional<LocalDate> parseDct() {
        if (dct == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(dct));
        } catch (DateTimeParseException e) {
            throw new Errors.UserError("--dct '" + dct + "' is not a date of the form YYYY-MM-DD");
        }
    }
}
