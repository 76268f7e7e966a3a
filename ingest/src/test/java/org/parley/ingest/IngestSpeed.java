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
 * Ingest speed, run by hand, never timed in CI: articles per second over the HTML pages we have (fixtures and the
 * example corpus, without the generated deeply nested ones) and, where ../shared is present, the SemEval texts.
 * {@code ./mvnw -B -q test -pl model,ingest -Dtest=IngestSpeed -Dparley.speed=true}
 */
@EnabledIfSystemProperty(named = "parley.speed", matches = "true")
class IngestSpeed {

    private static final int ROUNDS = 7;

    @Test
    void measure() throws IOException {
        List<Path> html = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/test/pages"), Path.of("../examples/corpus/html"),
                Path.of("../examples/tools/warc-pages"))) {
            html.addAll(files(dir, ".html").stream().filter(p -> !p.toString().endsWith("-deep.html")).toList());
        }
        report("html pages", html);
        Path semeval = Path.of(System.getProperty("parley.shared", "../../shared"),
                "corpora/semeval2025-t10-en-train");
        if (Files.isDirectory(semeval)) {
            report("SemEval texts", files(semeval, ".txt"));
        }
    }

    private static void report(String what, List<Path> inputs) {
        Ingest ingest = Ingest.builder().build();
        run(ingest, inputs); // warm-up: JIT, language models
        List<String> rounds = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            int n = run(ingest, inputs);
            double perSecond = n / ((System.nanoTime() - t) / 1e9);
            rounds.add(String.format(Locale.ROOT, "%.1f", perSecond));
        }
        rounds.sort(null);
        System.out.printf(Locale.ROOT, "%s: %d inputs, articles/s per round %s%n", what, inputs.size(), rounds);
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
