package org.parley.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;
import org.parley.analysis.Analysis;
import org.parley.model.Document;
import org.parley.model.NarrativeLabel;
import org.parley.model.Sentence;
import org.parley.model.Sentences;
import org.parley.model.Span;
import org.parley.pipeline.Component;
import org.parley.narratives.NarrativeClassifier;
import org.parley.narratives.NarrativeClassifier.Corpus;
import org.parley.narratives.NarrativeClassifier.Example;
import org.parley.narratives.NarrativeClassifier.Features;
import org.parley.narratives.NarrativeClassifier.Reading;
import org.parley.narratives.NarrativeClassifier.Variant;

/**
 * Scores narratives on a SemEval-2025 Task 10 subtask 2 folder: predicts every article (with the committed model, or
 * by K-fold cross-validation: train on K-1 folds, predict the held-out one), writes the predictions in the task's
 * format and prints F1-samples as the task's scorer computes them, beside the baseline that always answers "Other".
 */
public final class SemevalT10Eval {

    /** Fixes the cross-validation folds, so every run and every variant sees the same split. */
    static final long SEED = 42L;

    /**
     * What to run.
     *
     * @param dir      the labelled folder
     * @param folds    0 for the committed model, else K of the cross-validation
     * @param out      where to write the predictions (of the last variant)
     * @param variants the classifiers to compare (only with folds; the committed model is one classifier)
     * @param perLabel also print per-label precision, recall and F1 of the narratives
     * @param readings how articles are read into vectors (only with folds; the committed model has its own)
     * @param cost     also time the default pipeline per component and each reading on its sentences, per article
     * @param repeats  with folds, how many times to run the cross-validation, each with another shuffle of the folds:
     *                 200 articles give a score that moves by a few hundredths with the split alone
     */
    public record Options(Path dir, int folds, Path out, List<Variant> variants, boolean perLabel,
            List<Reading> readings, boolean cost, int repeats) {
        public Options(Path dir, int folds, Path out, List<Variant> variants, boolean perLabel, List<Reading> readings,
                boolean cost) {
            this(dir, folds, out, variants, perLabel, readings, cost, 1);
        }

        public Options {
            if (repeats < 1 || (repeats > 1 && folds == 0)) {
                throw new IllegalArgumentException("repeats need folds and are at least 1, not " + repeats);
            }
            variants = List.copyOf(variants);
            readings = List.copyOf(readings);
        }
    }

    private SemevalT10Eval() {
    }

    public static void run(PrintStream out, Options o) throws IOException {
        Corpus corpus = Corpus.read(o.dir());
        List<Example> examples = corpus.examples();
        String gold = Files.readString(o.dir().resolve("subtask-2-annotations.txt"), StandardCharsets.UTF_8);
        List<String> coarse = T10Scorer.classes(Files.readString(o.dir().resolve("narratives.txt"), StandardCharsets.UTF_8));
        List<String> fine = T10Scorer.classes(Files.readString(o.dir().resolve("subnarratives.txt"), StandardCharsets.UTF_8));
        List<T10Scorer.Row> goldRows = T10Scorer.rows(gold);

        var other = goldRows.stream().map(r -> new T10Scorer.Row(r.id(), "Other", "Other")).toList();
        print(out, "always Other", T10Scorer.score(goldRows, other, coarse, fine));

        NarrativeClassifier committed = NarrativeClassifier.standard();
        List<Reading> readings = o.folds() > 0 ? o.readings() : List.of(committed.reading());
        List<Variant> variants = o.folds() > 0 ? o.variants() : List.of(Variant.DEFAULT);
        int[] fold = folds(examples.size(), Math.max(o.folds(), 1));
        for (Reading reading : readings) {
            long t0 = System.nanoTime();
            // Without folds, every article read as the committed model reads it.
            List<List<Features>> byFold = o.folds() == 0
                    ? List.of(examples.stream().map(e -> committed.reader().features(e.text())).toList())
                    : byFold(examples, reading, fold, o.folds());
            out.printf(Locale.ROOT, "%d articles embedded in %.1f s, reading %s%n", examples.size(), seconds(t0),
                    reading);
            for (Variant v : variants) {
                long t1 = System.nanoTime();
                List<List<NarrativeLabel>> predicted = o.folds() > 0
                        ? crossValidate(corpus, byFold, fold, v)
                        : byFold.get(0).stream().map(committed::classify).toList();
                double secs = seconds(t1);
                var lines = new ArrayList<String>();
                for (int i = 0; i < examples.size(); i++) {
                    List<String> cols = NarrativeClassifier.columns(predicted.get(i));
                    lines.add(examples.get(i).id() + "\t" + cols.get(0) + "\t" + cols.get(1));
                }
                Files.writeString(o.out(), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
                // Scored from the file as written, as the task's scorer would read it.
                var rows = T10Scorer.rows(Files.readString(o.out(), StandardCharsets.UTF_8));
                String name = o.folds() > 0 ? v.name().toLowerCase(Locale.ROOT) + ", " + o.folds() + "-fold CV"
                        : "committed model (trained on these articles if this is the training folder)";
                T10Scorer.Scores scores = T10Scorer.score(goldRows, rows, coarse, fine);
                print(out, name, scores);
                out.printf(Locale.ROOT, "  (%.1f s)%n", secs);
                if (o.perLabel()) {
                    perLabel(out, goldRows, rows, coarse);
                }
                if (o.repeats() > 1) {
                    repeat(out, o, corpus, reading, byFold, v, scores, goldRows, coarse, fine);
                }
            }
        }
        out.println("predictions: " + o.out());
        if (o.cost()) {
            cost(out, examples.stream().map(Example::text).toList(),
                    readings.stream().map(r -> NarrativeClassifier.reader(r, examples)).toList());
        }
    }

    /**
     * The default pipeline's time per article, per component, and beside it each reading's time on the same
     * sentences, article by article in turn, so all see the same machine state; single-threaded; ratios to the
     * pipeline without narratives. Thread CPU time beside wall time: on a shared machine wall time also counts
     * waiting (the embedding runs on the calling thread, so its CPU time is all counted).
     */
    static void cost(PrintStream out, List<String> texts, List<NarrativeClassifier.Reader> readings) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Component> components = Analysis.pipeline().components();
        int k = components.size();
        // Components first, then the readings.
        long[] nanos = new long[k + readings.size()];
        long[] cpu = new long[k + readings.size()];
        for (int round = 0; round < 2; round++) {
            // The first round warms up (class and model loading, JIT) and is not counted.
            List<String> batch = round == 0 ? texts.subList(0, Math.min(3, texts.size())) : texts;
            java.util.Arrays.fill(nanos, 0);
            java.util.Arrays.fill(cpu, 0);
            for (int n = 0; n < batch.size(); n++) {
                String text = batch.get(n);
                Document d = EventsEval.analyse(components, "article " + n, text, nanos, cpu);
                List<Span> sentences = d.get(Sentences.class).items().stream().map(Sentence::span).toList();
                for (int r = 0; r < readings.size(); r++) {
                    long t0 = System.nanoTime();
                    long c0 = threads.getCurrentThreadCpuTime();
                    readings.get(r).features(text, sentences);
                    nanos[k + r] += System.nanoTime() - t0;
                    cpu[k + r] += threads.getCurrentThreadCpuTime() - c0;
                }
            }
        }
        double rest = 0;
        double restCpu = 0;
        for (int i = 0; i < k; i++) {
            if (!components.get(i).name().equals("narratives")) {
                rest += nanos[i];
                restCpu += cpu[i];
            }
        }
        int n = texts.size();
        out.printf(Locale.ROOT, "cost per article, one thread, %d articles:%n", n);
        out.printf(Locale.ROOT, "  %-44s %10s %6s %10s %6s%n", "", "wall ms", "ratio", "cpu ms", "ratio");
        for (int i = 0; i < k + readings.size(); i++) {
            String name = i < k ? "component " + components.get(i).name() : "embedding, reading " + readings.get(i - k).reading();
            out.printf(Locale.ROOT, "  %-44s %10.2f %6.2f %10.2f %6.2f%n", name, nanos[i] / 1e6 / n, nanos[i] / rest,
                    cpu[i] / 1e6 / n, cpu[i] / restCpu);
            if (i == k - 1) {
                out.printf(Locale.ROOT, "  %-44s %10.2f %6.2f %10.2f %6.2f%n", "pipeline without narratives",
                        rest / 1e6 / n, 1.0, restCpu / 1e6 / n, 1.0);
            }
        }
    }

    /**
     * The cross-validation again with the folds shuffled by the next seeds: prints each run's F1-samples and their
     * mean (the first run is the one printed above).
     */
    private static void repeat(PrintStream out, Options o, Corpus corpus, Reading reading,
            List<List<Features>> firstByFold, Variant v, T10Scorer.Scores first, List<T10Scorer.Row> goldRows,
            List<String> coarse, List<String> fine) {
        var narratives = new ArrayList<>(List.of(first.narratives().mean()));
        var subs = new ArrayList<>(List.of(first.subNarratives().mean()));
        List<Example> examples = corpus.examples();
        for (int r = 1; r < o.repeats(); r++) {
            int[] fold = folds(examples.size(), o.folds(), SEED + r);
            // Only a selector or a student map depends on the training folds; other readings read every article alike.
            List<List<Features>> byFold = reading.learned() ? byFold(examples, reading, fold, o.folds()) : firstByFold;
            List<List<NarrativeLabel>> predicted = crossValidate(corpus, byFold, fold, v);
            var rows = new ArrayList<T10Scorer.Row>();
            for (int i = 0; i < examples.size(); i++) {
                List<String> cols = NarrativeClassifier.columns(predicted.get(i));
                rows.add(new T10Scorer.Row(examples.get(i).id(), cols.get(0), cols.get(1)));
            }
            T10Scorer.Scores s = T10Scorer.score(goldRows, rows, coarse, fine);
            narratives.add(s.narratives().mean());
            subs.add(s.subNarratives().mean());
        }
        out.printf(Locale.ROOT, "  %d shuffles of the folds: narratives mean %.3f %s, sub-narratives mean %.3f %s%n",
                o.repeats(), mean(narratives), format(narratives), mean(subs), format(subs));
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static String format(List<Double> values) {
        return values.stream().map(d -> String.format(Locale.ROOT, "%.3f", d))
                .collect(java.util.stream.Collectors.joining(" ", "(", ")"));
    }

    /**
     * Per fold, every article read as a model trained on the other folds reads it (a sentence selector is learned
     * from the training folds only; without one, all folds share one reading).
     */
    private static List<List<Features>> byFold(List<Example> examples, Reading reading, int[] fold, int folds) {
        var byFold = new ArrayList<List<Features>>();
        for (int f = 0; f < folds; f++) {
            if (f > 0 && !reading.learned()) {
                byFold.add(byFold.get(0));
                continue;
            }
            var reader = NarrativeClassifier.reader(reading, subset(examples, fold, f, false));
            byFold.add(examples.stream().map(e -> NarrativeClassifier.trainingFeatures(reader, e.text())).toList());
        }
        return byFold;
    }

    /** Fold of each of {@code n} articles: a seeded shuffle dealt round-robin, the same for every variant. */
    static int[] folds(int n, int k) {
        return folds(n, k, SEED);
    }

    static int[] folds(int n, int k, long seed) {
        var order = new ArrayList<Integer>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(seed));
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[order.get(i)] = i % k;
        }
        return fold;
    }

    private static <T> List<T> subset(List<T> all, int[] fold, int f, boolean in) {
        var out = new ArrayList<T>();
        for (int i = 0; i < all.size(); i++) {
            if ((fold[i] == f) == in) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    /**
     * Held-out predictions for every article: each fold is predicted by a model trained on the others, over the
     * features {@code byFold.get(f)} read for fold {@code f}.
     */
    static List<List<NarrativeLabel>> crossValidate(Corpus corpus, List<List<Features>> byFold, int[] fold,
            Variant v) {
        int n = fold.length;
        var result = new ArrayList<List<NarrativeLabel>>(java.util.Collections.nCopies(n, List.of()));
        for (int f = 0; f < byFold.size(); f++) {
            List<Features> features = byFold.get(f);
            NarrativeClassifier c = NarrativeClassifier.train(subset(corpus.examples(), fold, f, false),
                    subset(features, fold, f, false), corpus, v);
            for (int i = 0; i < n; i++) {
                if (fold[i] == f) {
                    result.set(i, c.classify(features.get(i)));
                }
            }
        }
        return result;
    }

    private static void print(PrintStream out, String name, T10Scorer.Scores s) {
        out.printf(Locale.ROOT, "%-50s F1-samples narratives %.3f (%.3f)  sub-narratives %.3f (%.3f)%n", name,
                s.narratives().mean(), s.narratives().sd(), s.subNarratives().mean(), s.subNarratives().sd());
    }

    private static void perLabel(PrintStream out, List<T10Scorer.Row> gold, List<T10Scorer.Row> predicted,
            List<String> classes) {
        var counts = new TreeMap<String, int[]>();
        var byId = new java.util.HashMap<String, T10Scorer.Row>();
        predicted.forEach(r -> byId.put(r.id(), r));
        for (T10Scorer.Row g : gold) {
            List<String> t = List.of(g.narratives().split(";", -1));
            List<String> p = List.of(byId.get(g.id()).narratives().split(";", -1));
            for (String c : classes) {
                if (c.isEmpty()) {
                    continue;
                }
                int[] k = counts.computeIfAbsent(c, x -> new int[3]);
                k[0] += t.contains(c) && p.contains(c) ? 1 : 0;
                k[1] += !t.contains(c) && p.contains(c) ? 1 : 0;
                k[2] += t.contains(c) && !p.contains(c) ? 1 : 0;
            }
        }
        out.println("  narrative                                                  gold  pred    P     R     F1");
        counts.forEach((c, k) -> {
            double p = k[0] + k[1] == 0 ? 0 : k[0] / (double) (k[0] + k[1]);
            double r = k[0] + k[2] == 0 ? 0 : k[0] / (double) (k[0] + k[2]);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            out.printf(Locale.ROOT, "  %-58s %4d  %4d  %.2f  %.2f  %.2f%n", c, k[0] + k[2], k[0] + k[1], p, r, f);
        });
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
