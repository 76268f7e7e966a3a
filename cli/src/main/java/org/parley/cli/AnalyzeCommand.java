package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.parley.analysis.Analyzer;
import org.parley.ingest.Ingest;
import org.parley.ingest.IngestResult;
import org.parley.json.AnalysisJson;
import org.parley.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    AnalysisOptions analysis;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<LocalDate> date = parseDct();
        Ingest.Builder builder = Ingest.builder();
        date.ifPresent(builder::dct);
        Ingest ingest = builder.build();
        int[] counts = new int[2]; // analysed, rejected
        Consumer<Document> print = doc -> {
            out.println(AnalysisJson.write(doc));
            out.flush();
        };
        // Streams: each input is read, analysed and printed as the workers finish it, so memory stays flat.
        try (Analyzer analyzer = analysis.analyzer(analysis.pipeline())) {
            for (String input : inputs) {
                try (Stream<IngestResult> results = raw ? Stream.of(readRaw(ingest, input, date)) : ingest.read(input)) {
                    results.forEachOrdered(r -> {
                        if (r instanceof IngestResult.Accepted a) {
                            counts[0]++;
                            analyzer.submit(Document.of(a.article()), print);
                        } else if (r instanceof IngestResult.Rejected rej) {
                            counts[1]++;
                            err.println("rejected " + rej.problem().line());
                        }
                    });
                }
            }
            analyzer.finish(print);
        }
        return Errors.exitCode(counts[0] + counts[1], counts[1]);
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
