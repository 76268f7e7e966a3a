package org.parley.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Ingest speed, run by hand, never timed in CI: articles per CPU-second of the ingest thread over the HTML pages we have (fixtures and the
 * example corpus, without the generated deeply nested ones) and, where ../shared is present, the SemEval texts.
 * {@code ./mvnw -B -q test -pl model,ingest -Dtest=IngestSpeed -Dparley.speed=true}
 */
@EnabledIfSystemProperty(named = "parley.speed", matches = "true")
public class IngestSpeed {

    private static final int ROUNDS = 7;

    /** The same by hand without Maven, to compare builds: {@code java -cp ... org.parley.ingest.IngestSpeed}. */
    public static void main(String[] args) throws IOException {
        new IngestSpeed().measure();
    }

    @Test
    void measure() throws IOException {
        List<Path> html = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/test/pages"), Path.of("../examples/corpus/html"),
                Path.of("../examples/tools/warc-pages"))) {
            html.addAll(files(dir, ".html").stream().filter(p -> !p.toString().endsWith("-deep.html")).toList());
        }
        report("html pages", html);
        Path semeval = Path.of(System.getProperty("parley.shared", "../shared"),
                "corpora/semeval2025-t10-en-train");
        if (Files.isDirectory(semeval)) {
            report("SemEval texts", files(semeval, ".txt"));
        }
    }

    private static void report(String what, List<Path> inputs) {
        Ingest ingest = Ingest.builder().build();
        run(ingest, inputs); // warm-up: JIT, language models
        // CPU time of this thread, not wall time: the machine is shared, and waiting for a core is not our cost
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] rounds = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t = cpu.getCurrentThreadCpuTime();
            int n = run(ingest, inputs);
            rounds[i] = n / ((cpu.getCurrentThreadCpuTime() - t) / 1e9);
        }
        java.util.Arrays.sort(rounds);
        System.out.printf(Locale.ROOT, "%s: %d inputs, median %.1f articles per CPU-second, rounds %s%n", what, inputs.size(),
                rounds[ROUNDS / 2], java.util.Arrays.toString(rounds).replaceAll("(\\.\\d)\\d+", "$1"));
    }

    private static int run(Ingest ingest, List<Path> inputs) {
        int n = 0;
        for (Path p : inputs) {
            try (Stream<IngestResult> s = ingest.read(p.toString())) {
                n += (int) s.count();
            } catch (RuntimeException | StackOverflowError e) {
                n++;
            }
        }
        return n;
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
