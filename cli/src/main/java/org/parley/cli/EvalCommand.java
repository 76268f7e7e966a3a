package org.parley.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Optional;
import org.parley.eval.EventsEval;
import org.parley.eval.PolnearEval;
import org.parley.eval.SemevalT10Eval;
import org.parley.eval.TimemlEval;
import org.parley.narratives.NarrativeClassifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley eval}: scores an extractor on a standard corpus and prints precision, recall and F1. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores an extractor on a standard corpus (develop on train/dev splits only).",
        subcommands = {EvalCommand.Timeml.class, EvalCommand.Polnear.class, EvalCommand.SemevalT10.class,
            EvalCommand.EventsCmd.class})
final class EvalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code parley eval timeml}: time expressions against TimeML (.tml) files. */
    @Command(name = "timeml", mixinStandardHelpOptions = true,
            description = {"Time expressions against TimeML files: strict and relaxed extent P/R/F1, type accuracy and"
                + " value F1, per file and per folder.",
                "Each file's TEXT is analysed exactly as written, with its creation time (DCT) as the date; a file"
                    + " without a DCT or with broken markup is one line and the others are scored."})
    static final class Timeml implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "Folders of .tml files, or files.")
        List<String> inputs;

        @Option(names = "--errors", description = "List every miss, false positive and wrong value.")
        boolean errors;

        @Option(names = "--summary", description = "Totals only, no line per file.")
        boolean summary;

        @Option(names = "--sutime", description = "Score the pipeline with SUTime instead of Parley's tagger.")
        boolean sutime;

        @Option(names = "--compare", description = "Score both taggers in one run and time each on the same texts.")
        boolean compare;

        @Override
        public Integer call() {
            List<String> args = new ArrayList<>();
            if (errors) {
                args.add("--errors");
            }
            if (summary) {
                args.add("--summary");
            }
            if (sutime) {
                args.add("--sutime");
            }
            if (compare) {
                args.add("--compare");
            }
            args.addAll(inputs);
            PrintWriter out = spec.commandLine().getOut();
            try (PrintStream stream = new PrintStream(new LinesTo(out), true, StandardCharsets.UTF_8)) {
                int code = TimemlEval.run(stream, args.toArray(String[]::new));
                if (code != 0) {
                    throw new Errors.UserError("--sutime and --compare do not go together");
                }
            }
            return 0;
        }
    }

    /** {@code parley eval polnear}: statements against PolNeAR's attributions. */
    @Command(name = "polnear", mixinStandardHelpOptions = true,
            description = {"Statements against PolNeAR (text/*.txt + attributions/*.ann): content P/R/F1, exact and"
                + " by overlap, and source and cue agreement among matched attributions; the time of each component.",
                "Beside it, CoreNLP's quote annotator on the same texts (quotes only; with"
                    + " --corenlp-attribution N also its speakers on the first N texts). A folder without"
                    + " attributions/ is only timed."})
    static final class Polnear implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--corenlp-attribution", paramLabel = "N", defaultValue = "0",
                description = "Run CoreNLP's quote attribution (dependency parse, coreference: slow) on the first N"
                    + " texts of each folder and score it there beside Parley (default ${DEFAULT-VALUE}).")
        int attributed;

        @Parameters(arity = "1..*", paramLabel = "DIR", description = "PolNeAR folders (e.g. .../dev).")
        List<String> inputs;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (PrintStream stream = new PrintStream(new LinesTo(out), true, StandardCharsets.UTF_8)) {
                if (attributed < 0) {
                    throw new Errors.UserError("--corenlp-attribution must be 0 or more, was " + attributed);
                }
                if (PolnearEval.run(stream, attributed, inputs.toArray(String[]::new)) != 0) {
                    throw new Errors.UserError("a folder held no .txt files");
                }
            }
            return 0;
        }
    }

    /** {@code parley eval semeval-t10}: narratives against a SemEval-2025 Task 10 subtask 2 folder. */
    @Command(name = "semeval-t10", mixinStandardHelpOptions = true,
            description = {"Narratives and sub-narratives against a SemEval-2025 Task 10 subtask 2 folder"
                + " (raw-documents/, subtask-2-annotations.txt, narratives.txt, subnarratives.txt): writes predictions"
                + " in the task's format and prints F1-samples as its scorer computes them, beside \"always Other\".",
                "Without --cv the committed model predicts every article (on the training folder that scores the"
                    + " articles it was trained on); --cv K trains on K-1 folds and predicts the held-out one."})
    static final class SemevalT10 implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "The labelled folder.")
        Path dir;

        @Option(names = "--cv", paramLabel = "K", description = "K-fold cross-validation on DIR (K >= 2).")
        Integer cv;

        @Option(names = "--out", paramLabel = "FILE", description = "Predictions file (default: ${DEFAULT-VALUE}).",
                defaultValue = "semeval-t10-predictions.tsv")
        Path out;

        @Option(names = "--variant", split = ",", paramLabel = "V",
                description = "With --cv, the classifiers to compare: ${COMPLETION-CANDIDATES} (default: the"
                    + " committed one).")
        List<NarrativeClassifier.Variant> variants;

        @Option(names = "--per-label", description = "Also print P/R/F1 per narrative.")
        boolean perLabel;

        @Option(names = "--reading", split = ",", paramLabel = "R", converter = ReadingConverter.class,
                description = "With --cv, how articles are read into vectors, compared: WEIGHTS:WINDOW:MAX, e.g."
                    + " quantized:256:512 (passes of up to 256 tokens, the first 512 tokens), full:sentence128:all"
                    + " (a pass per sentence, the whole article) (default: the committed model's).")
        List<NarrativeClassifier.Reading> readings;

        @Option(names = "--cost", description = "Also time the default pipeline per component and each reading on"
                + " the same sentences, per article (one thread), as ratios to the pipeline without narratives.")
        boolean cost;

        @Option(names = "--repeat", paramLabel = "R", defaultValue = "1", description = "With --cv, run the"
                + " cross-validation R times over differently shuffled folds and print the mean (default: 1).")
        int repeat;

        @Override
        public Integer call() throws IOException {
            if (cv != null && cv < 2) {
                throw new Errors.UserError("--cv needs K >= 2");
            }
            if (repeat < 1 || (repeat > 1 && cv == null)) {
                throw new Errors.UserError("--repeat needs --cv and R >= 1");
            }
            if (!Files.isRegularFile(dir.resolve("subtask-2-annotations.txt"))) {
                throw new Errors.UserError(dir + " has no subtask-2-annotations.txt");
            }
            PrintWriter w = spec.commandLine().getOut();
            try (PrintStream stream = new PrintStream(new LinesTo(w), true, StandardCharsets.UTF_8)) {
                SemevalT10Eval.run(stream, new SemevalT10Eval.Options(dir, cv == null ? 0 : cv, out,
                        variants == null ? List.of(NarrativeClassifier.Variant.DEFAULT) : variants, perLabel,
                        readings == null ? List.of(NarrativeClassifier.standard().reading()) : readings, cost,
                        repeat));
            }
            return 0;
        }
    }

    /** {@code parley eval events}: events against a standoff file of hand-annotated events. */
    @Command(name = "events", mixinStandardHelpOptions = true,
            description = {"Events against hand-annotated events (a standoff file: file, sentence offsets, type, status,"
                + " date, split; eval/annotations/ has ours): P/R/F1 of the event found (same type, overlapping"
                + " evidence), type + date right, type + status right, per split; the time of each component.",
                "Each file is analysed exactly as it is, without a publication date."})
    static final class EventsCmd implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ANNOTATIONS", description = "The standoff file.")
        Path annotations;

        @Parameters(index = "1", paramLabel = "CORPUS_DIR", description = "The folder of the annotated files.")
        Path corpus;

        @Option(names = "--split", paramLabel = "NAME", description = "Score only this split (e.g. dev).")
        String split;

        @Option(names = "--errors", description = "List every missed and every false event.")
        boolean errors;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(annotations)) {
                throw new Errors.UserError(annotations + " is not a file");
            }
            PrintWriter w = spec.commandLine().getOut();
            try (PrintStream stream = new PrintStream(new LinesTo(w), true, StandardCharsets.UTF_8)) {
                if (EventsEval.run(stream, annotations, corpus, Optional.ofNullable(split), errors) != 0) {
                    throw new Errors.UserError("a file of the annotations is missing, or the split is empty");
                }
            }
            return 0;
        }
    }

    /** Reads {@code --reading}; a malformed one is a usage error naming what is wrong. */
    static final class ReadingConverter implements CommandLine.ITypeConverter<NarrativeClassifier.Reading> {
        @Override
        public NarrativeClassifier.Reading convert(String value) {
            try {
                return NarrativeClassifier.Reading.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Passes a byte stream to a writer line by line, so long scoring runs print as they go. */
    private static final class LinesTo extends OutputStream {
        private final PrintWriter out;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LinesTo(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            line.write(b);
            if (b == '\n') {
                flush();
            }
        }

        @Override
        public void flush() {
            out.print(line.toString(StandardCharsets.UTF_8));
            out.flush();
            line.reset();
        }
    }
}
