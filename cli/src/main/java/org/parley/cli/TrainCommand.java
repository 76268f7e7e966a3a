package org.parley.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.narratives.NarrativeClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley train}: rebuilds a trained model from its labelled data, reproducibly. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Rebuilds a trained model from labelled data (same data, same bytes).",
        subcommands = {TrainCommand.Narratives.class})
final class TrainCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code parley train narratives DIR}: the narratives classifier from a SemEval-2025 Task 10 folder. */
    @Command(name = "narratives", mixinStandardHelpOptions = true,
            description = {"Trains the narratives classifier on a SemEval-2025 Task 10 subtask 2 folder"
                + " (raw-documents/, subtask-2-annotations.txt, narratives.txt, subnarratives.txt).",
                "Writes the model file Parley loads (run from the project folder to replace the committed one)."})
    static final class Narratives implements Callable<Integer> {

        /** The committed model, relative to the project folder. */
        static final String COMMITTED = "narratives/src/main/resources" + NarrativeClassifier.MODEL_RESOURCE;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "The labelled folder.")
        Path dir;

        @Option(names = "--out", paramLabel = "FILE", description = "Model file (default: ${DEFAULT-VALUE}).",
                defaultValue = COMMITTED)
        Path out;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(dir.resolve("subtask-2-annotations.txt"))) {
                throw new Errors.UserError(dir + " has no subtask-2-annotations.txt");
            }
            if (out.getParent() != null && !Files.isDirectory(out.getParent())) {
                throw new Errors.UserError("no folder " + out.getParent() + " (run from the project folder, or give"
                        + " --out)");
            }
            long t0 = System.nanoTime();
            NarrativeClassifier c = NarrativeClassifier.train(dir);
            Files.writeString(out, c.modelText(), StandardCharsets.UTF_8);
            spec.commandLine().getOut().printf(Locale.ROOT, "%s written to %s in %.1f s (fingerprint %s)%n", c, out,
                    (System.nanoTime() - t0) / 1e9, c.fingerprint());
            return 0;
        }
    }
}
