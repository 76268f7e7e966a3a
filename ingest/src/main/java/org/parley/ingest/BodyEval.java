package org.parley.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Scores body extraction: for each {@code X.html} in the given folders (searched recursively) with an
 * {@code X.expected.txt} in any of them, the body Parley stores (its text after the headline) is compared with
 * the expected one by 4-word overlap ({@link Overlap}). A page Parley rejects has an empty body; a page expected empty (a listing, a
 * navigation page) should be rejected. Prints one line per page, then the mean over pages.
 *
 * <pre>{@code java -cp ... org.parley.ingest.BodyEval examples/corpus/html ingest/src/test/resources/org/parley/ingest/pages}</pre>
 */
public final class BodyEval {

    private static final String EXPECTED = ".expected.txt";

    /** One page's score; {@code rejected} holds the rejection line when Parley stored nothing. */
    record Scored(String name, Overlap overlap, String rejected) {
    }

    private BodyEval() {
    }

    public static void main(String[] dirs) {
        if (dirs.length == 0) {
            System.err.println("usage: BodyEval DIR... (pairs X.html with X.expected.txt found in any DIR)");
            System.exit(2);
        }
        List<Scored> scores = score(Stream.of(dirs).map(Path::of).toList());
        for (Scored s : scores) {
            Overlap o = s.overlap();
            System.out.printf(Locale.ROOT, "%-44s P %.3f  R %.3f  F1 %.3f%s%n", s.name(), o.precision(), o.recall(),
                    o.f1(), s.rejected() == null ? "" : "  rejected: " + s.rejected());
        }
        System.out.printf(Locale.ROOT, "%d pages: P %.3f  R %.3f  F1 %.3f%n", scores.size(),
                mean(scores, Overlap::precision), mean(scores, Overlap::recall), mean(scores, Overlap::f1));
    }

    static List<Scored> score(List<Path> dirs) {
        Map<String, Path> pages = new TreeMap<>();
        Map<String, Path> expected = new TreeMap<>();
        for (Path dir : dirs) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).forEach(p -> {
                    String f = p.getFileName().toString();
                    if (f.endsWith(EXPECTED)) {
                        expected.put(f.substring(0, f.length() - EXPECTED.length()), p);
                    } else if (f.endsWith(".html")) {
                        pages.put(f.substring(0, f.length() - ".html".length()), p);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Ingest ingest = Ingest.builder().build();
        List<Scored> out = new ArrayList<>();
        for (Map.Entry<String, Path> page : pages.entrySet()) {
            Path want = expected.get(page.getKey());
            if (want == null) {
                continue;
            }
            String body = "";
            String rejected = null;
            try (Stream<IngestResult> results = ingest.read(page.getValue().toString())) {
                IngestResult r = results.findFirst().orElseThrow();
                if (r instanceof IngestResult.Accepted a) {
                    body = a.article().bodyText(); // the body alone: the headline is not extracted from it
                } else {
                    rejected = ((IngestResult.Rejected) r).problem().code();
                }
            } catch (RuntimeException | StackOverflowError e) {
                rejected = e.getClass().getSimpleName(); // the batch would have died here: score it as nothing kept
            }
            out.add(new Scored(page.getKey(), Overlap.of(body, read(want)), rejected));
        }
        return out;
    }

    static double mean(List<Scored> scores, java.util.function.ToDoubleFunction<Overlap> f) {
        return scores.stream().mapToDouble(s -> f.applyAsDouble(s.overlap())).average().orElse(0);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
