package org.parley.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parley.json.DocumentJson;
import org.parley.link.Link;
import org.parley.model.Document;
import org.parley.model.Problem;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley load}: stores documents analysed elsewhere (the Spark job's output) without analysing them again. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Stores whole documents analysed elsewhere, one JSON line each: the documents folder the Spark"
            + " job writes (spark/run), or its part files. Nothing is analysed again; the timeline is made anew when"
            + " anything was stored, as parley ingest does.",
            "A line that is not such a document is rejected with its file and line number; the rest goes on."})
final class LoadCommand implements Callable<Integer> {

    /** Documents written per store transaction. */
    static final int BATCH = 32;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files of document lines, or folders of them"
            + " (their part files, or every file not starting with . or _).")
    List<Path> inputs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Tally tally = new Tally();
        try (Store db = store.create()) {
            var writer = new StoreWriter(db, tally, BATCH, p -> reject(tally, err, p), (doc, result) -> { });
            for (Path input : inputs) {
                for (Path file : files(input, tally, err)) {
                    read(file, tally, err, writer);
                }
            }
            writer.flush();
            out.println(tally.summary());
            tally.rejectedByCode().forEach((code, n) -> out.println("  rejected " + code + ": " + n));
            if (tally.created + tally.updated > 0) {
                out.println(LinkCommand.summary(Link.builder().build().updateTimeline(db)));
            }
        }
        return Errors.exitCode(tally.read, tally.rejected.size());
    }

    /** The files of one input: itself, or a folder's data files in name order. */
    private static List<Path> files(Path input, Tally tally, PrintWriter err) {
        if (Files.isRegularFile(input)) {
            return List.of(input);
        }
        if (Files.isDirectory(input)) {
            try (Stream<Path> list = Files.list(input)) {
                List<Path> files = list.filter(Files::isRegularFile).filter(p -> {
                    String name = p.getFileName().toString();
                    return !name.startsWith(".") && !name.startsWith("_");
                }).sorted().toList();
                if (!files.isEmpty()) {
                    return files;
                }
                reject(tally, err, Problem.of("input.empty", input.toString(), "the folder has no document files"));
                return List.of();
            } catch (IOException e) {
                reject(tally, err, Problem.of("input.unreadable", input.toString(), "cannot list: " + e.getMessage()));
                return List.of();
            }
        }
        reject(tally, err, Problem.of("input.not-found", input.toString(), "no such file or folder"));
        return List.of();
    }

    private static void read(Path file, Tally tally, PrintWriter err, StoreWriter writer) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                tally.read++;
                Document doc;
                try {
                    doc = DocumentJson.read(line);
                } catch (IllegalArgumentException e) {
                    reject(tally, err, Problem.of("load.not-a-document", file + "#line=" + n, e.getMessage()));
                    continue;
                }
                writer.add(doc);
            }
        } catch (IOException e) {
            // A file that is not UTF-8 text (or went away): what was read of it stays, the next file goes on.
            reject(tally, err, Problem.of("input.unreadable", file.toString(), "cannot read: " + e.getMessage()));
        }
    }

    private static void reject(Tally tally, PrintWriter err, Problem p) {
        tally.rejected.add(p);
        err.println("rejected " + p.line());
    }
}
