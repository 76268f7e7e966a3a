package org.parley.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.parley.eval.Scorer.Counts;
import org.parley.eval.Scorer.FileScore;
import org.parley.eval.TimemlReader.Failed;
import org.parley.eval.TimemlReader.Read;
import org.parley.eval.TimemlReader.TimemlDoc;
import org.parley.analysis.Analysis;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Document;
import org.parley.model.PublishedFrom;
import org.parley.model.Timexes;
import org.parley.pipeline.Component;
import org.parley.pipeline.Output;
import org.parley.pipeline.Pipeline;

/**
 * Scores time expressions against TimeML corpora: {@code TimemlEval [--errors] [--sutime | --compare] [--summary]
 * DIR|FILE...}. Each {@code .tml} file's TEXT is analysed exactly as written (offsets line up with the gold tags), with
 * its creation time as the publication date. Prints strict and relaxed extent P/R/F1, type accuracy and value F1
 * per file and per folder; {@code --errors} lists every miss, false positive and wrong value. The default tagger is
 * Parley's over CoreNLP tokens without SUTime; {@code --sutime} scores CoreNLP with SUTime instead, and
 * {@code --compare} scores both in one run and times each time tagger on the same texts.
 */
public final class TimemlEval {

    private final PrintStream out;
    private final boolean errors;
    private final boolean summary;

    private TimemlEval(PrintStream out, boolean errors, boolean summary) {
        this.out = out;
        this.errors = errors;
        this.summary = summary;
    }

    public static void main(String... args) {
        System.exit(run(System.out, args));
    }

    /** Runs the command; returns the exit code (0 scored, 1 a usage error). */
    public static int run(PrintStream out, String... args) {
        boolean errors = false;
        boolean sutime = false;
        boolean compare = false;
        boolean summary = false;
        List<Path> dirs = new ArrayList<>();
        for (String a : args) {
            switch (a) {
                case "--errors" -> errors = true;
                case "--sutime" -> sutime = true;
                case "--compare" -> compare = true;
                case "--summary" -> summary = true;
                default -> {
                    if (a.startsWith("--")) {
                        out.println("unknown option " + a + "; usage: TimemlEval [--errors] [--sutime | --compare] "
                                + "[--summary] DIR...");
                        return 1;
                    }
                    dirs.add(Path.of(a));
                }
            }
        }
        if (dirs.isEmpty() || (sutime && compare)) {
            out.println("usage: TimemlEval [--errors] [--sutime | --compare] [--summary] DIR...");
            return 1;
        }
        Map<String, List<TimemlDoc>> corpora = new LinkedHashMap<>();
        for (Path dir : dirs) {
            Path folder = Files.isRegularFile(dir) && dir.getParent() != null ? dir.getParent() : dir;
            String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
            corpora.computeIfAbsent(name, k -> new ArrayList<>()).addAll(read(dir, out));
        }
        List<Setup> setups = new ArrayList<>();
        if (!sutime) {
            setups.add(Setup.parley());
        }
        if (sutime || compare) {
            setups.add(Setup.sutime());
        }
        TimemlEval eval = new TimemlEval(out, errors, summary);
        if (compare) {
            // untimed warm-up, so neither tagger is timed while the JIT compiles it
            List<TimemlDoc> some = corpora.values().stream().flatMap(List::stream).limit(10).toList();
            setups.forEach(s -> some.forEach(d -> s.pipeline().run(article(d))));
        }
        List<Run> runs = new ArrayList<>();
        for (Setup s : setups) {
            runs.add(eval.score(s, corpora));
        }
        if (compare) {
            eval.speed(runs.get(0), runs.get(1));
        }
        return 0;
    }

    /** Every .tml file of a folder (or the one file given), sorted; each unreadable one is one line, left out. */
    static List<TimemlDoc> read(Path dir, PrintStream out) {
        List<Path> files;
        if (Files.isRegularFile(dir)) {
            files = List.of(dir);
        } else try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().toList();
        } catch (IOException e) {
            out.println(dir + ": cannot list the folder: " + e.getMessage() + " [timeml.unreadable]");
            return List.of();
        }
        List<TimemlDoc> docs = new ArrayList<>();
        for (Path f : files) {
            TimemlReader.Reading reading = TimemlReader.read(f);
            if (reading instanceof Read r) {
                docs.add(r.doc());
            } else if (reading instanceof Failed failed) {
                out.println(failed.problem().line());
            }
        }
        return docs;
    }

    static Article article(TimemlDoc doc) {
        return new Article(ArticleId.fromText(doc.text()), doc.name(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(doc.dct()), PublishedFrom.OVERRIDE, Optional.empty(),
                "en", doc.text(), List.of());
    }

    /** The components to run in order; the last one adds the timexes and is the one timed. */
    record Setup(String name, Pipeline pipeline) {
        static Setup parley() {
            return new Setup("Parley time tagger over CoreNLP tokens (no SUTime): the default pipeline",
                    Analysis.pipeline());
        }

        static Setup sutime() {
            return new Setup("SUTime inside CoreNLP: the pipeline with --time-tagger sutime",
                    Analysis.pipeline(Pipeline.DEFAULT_MAX_CHARS, Analysis.TimeTagging.SUTIME));
        }

        /** The index of the named component; the speed comparison reads its time. */
        int indexOf(String component) {
            var names = pipeline.components().stream().map(Component::name).toList();
            int i = names.indexOf(component);
            if (i < 0) {
                throw new IllegalStateException("no component '" + component + "' in " + names);
            }
            return i;
        }
    }

    /** Scores and nanoseconds spent in each component, summed over the documents. */
    record Run(Setup setup, List<FileScore> scores, long[] nanos, long chars) {
    }

    private Run score(Setup setup, Map<String, List<TimemlDoc>> corpora) {
        out.println("== " + setup.name());
        List<Component> components = setup.pipeline().components();
        long[] nanos = new long[components.size()];
        long chars = 0;
        List<FileScore> all = new ArrayList<>();
        Counts total = Counts.ZERO;
        for (var corpus : corpora.entrySet()) {
            Counts sum = Counts.ZERO;
            if (!summary) {
                out.printf(Locale.ROOT, "%-40s %5s %5s %7s %7s %6s %7s%n", "file", "gold", "sys", "strictF",
                        "relaxF", "type", "valueF");
            }
            for (TimemlDoc doc : corpus.getValue()) {
                Document d = Document.of(article(doc));
                for (int i = 0; i < components.size(); i++) {
                    long t0 = System.nanoTime();
                    Output o = components.get(i).apply(d);
                    nanos[i] += System.nanoTime() - t0;
                    d = d.with(o.layers(), o.problems());
                }
                chars += doc.text().length();
                String file = corpus.getKey() + "/" + Path.of(doc.name()).getFileName();
                FileScore fs = Scorer.score(file, doc, d.find(Timexes.class).map(Timexes::items).orElse(List.of()));
                all.add(fs);
                sum = sum.plus(fs.counts());
                if (!summary) {
                    Counts c = fs.counts();
                    out.printf(Locale.ROOT, "%-40s %5d %5d %7.1f %7.1f %6.1f %7.1f%n", file, c.gold(), c.system(),
                            100 * c.strictF(), 100 * c.relaxedF(), 100 * c.typeAccuracy(), 100 * c.valueF());
                }
                if (errors) {
                    fs.errors().forEach(e -> out.println("  " + e.line()));
                }
            }
            printTotal(corpus.getKey() + " (" + corpus.getValue().size() + " files)", sum);
            total = total.plus(sum);
        }
        if (corpora.size() > 1) {
            printTotal("all", total);
        }
        return new Run(setup, all, nanos, chars);
    }

    private void printTotal(String label, Counts c) {
        out.printf(Locale.ROOT, "%s: gold %d, system %d%n", label, c.gold(), c.system());
        out.printf(Locale.ROOT, "  strict extent  P %.1f  R %.1f  F1 %.1f%n", 100 * c.strictP(), 100 * c.strictR(),
                100 * c.strictF());
        out.printf(Locale.ROOT, "  relaxed extent P %.1f  R %.1f  F1 %.1f%n", 100 * c.relaxedP(), 100 * c.relaxedR(),
                100 * c.relaxedF());
        out.printf(Locale.ROOT, "  type accuracy  %.1f%n", 100 * c.typeAccuracy());
        out.printf(Locale.ROOT, "  value          P %.1f  R %.1f  F1 %.1f%n", 100 * c.valueP(), 100 * c.valueR(),
                100 * c.valueF());
    }

    /**
     * The time component's speed against SUTime's on the same texts. SUTime runs inside the CoreNLP component, so
     * its time is that component's time with SUTime minus the same component's time without it.
     */
    private void speed(Run parley, Run sutime) {
        int corenlp = parley.setup().indexOf("corenlp");
        long tagger = parley.nanos()[parley.setup().indexOf("time")];
        long sutimeOnly = sutime.nanos()[sutime.setup().indexOf("corenlp")] - parley.nanos()[corenlp];
        out.println("== speed on the same " + parley.chars() + " chars (one thread, after a warm-up on 10 texts)");
        out.printf(Locale.ROOT, "  CoreNLP without SUTime %8.0f chars/s%n", perSecond(parley.chars(),
                parley.nanos()[corenlp]));
        out.printf(Locale.ROOT, "  CoreNLP with SUTime    %8.0f chars/s%n", perSecond(sutime.chars(),
                sutime.nanos()[sutime.setup().indexOf("corenlp")]));
        out.printf(Locale.ROOT, "  SUTime alone          %9.0f chars/s (difference of the two)%n",
                perSecond(parley.chars(), sutimeOnly));
        out.printf(Locale.ROOT, "  Parley time tagger    %9.0f chars/s, %.0fx SUTime's%n",
                perSecond(parley.chars(), tagger), (double) sutimeOnly / tagger);
    }

    private static double perSecond(long chars, long nanos) {
        return nanos <= 0 ? Double.NaN : chars * 1e9 / nanos;
    }
}
