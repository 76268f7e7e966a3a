package org.parley.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.parley.analysis.Analysis;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Document;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.Events;
import org.parley.model.PublishedFrom;
import org.parley.model.Span;
import org.parley.pipeline.Component;
import org.parley.pipeline.Output;
import org.parley.pipeline.Pipeline;

/**
 * Scores the events of the default pipeline against a standoff file of hand-annotated events (file, evidence
 * sentence offsets, type, status, date, split; see {@code eval/annotations/}): precision, recall and F1 of (a) the
 * event found (evidence overlaps, same type), (b) type and date right, (c) type and status right, per split. Each
 * reported event counts once per evidence sentence, as the annotation counts it. Also times each component.
 */
public final class EventsEval {

    /** One annotated event. */
    record Gold(String file, Span span, String type, String status, String date) {
    }

    /** One event as the system reports it in one sentence. */
    record Found(String file, Span span, String type, String status, String date) {
    }

    record Counts(int gold, int system, int[] matched) {
        static Counts zero() {
            return new Counts(0, 0, new int[3]);
        }

        Counts plus(Counts o) {
            int[] m = new int[3];
            for (int i = 0; i < 3; i++) {
                m[i] = matched[i] + o.matched[i];
            }
            return new Counts(gold + o.gold, system + o.system, m);
        }
    }

    /** The annotated set: files per split, and their events. */
    record Annotations(Map<String, String> splitOf, List<Gold> gold) {
        Annotations only(String split) {
            Map<String, String> files = new LinkedHashMap<>();
            splitOf.forEach((f, s) -> {
                if (s.equals(split)) {
                    files.put(f, s);
                }
            });
            return new Annotations(files, gold.stream().filter(g -> files.containsKey(g.file())).toList());
        }
    }

    private EventsEval() {
    }

    /**
     * Scores {@code corpus}'s files named in {@code annotations} (only those of {@code split} when given); with
     * {@code errors}, lists misses and false alarms. Returns 0, or 2 when a named file is missing or the split
     * is empty.
     */
    public static int run(PrintStream out, Path annotations, Path corpus, Optional<String> split, boolean errors) {
        Annotations all = read(annotations);
        Annotations a = split.map(name -> all.only(name)).orElse(all);
        if (a.splitOf().isEmpty()) {
            out.println(annotations + ": no article in split " + split.orElse("(any)"));
            return 2;
        }
        Pipeline pipeline = Analysis.pipeline();
        List<Component> components = pipeline.components();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String file : a.splitOf().keySet()) {
            Path p = corpus.resolve(file);
            if (!Files.isRegularFile(p)) {
                out.println(p + ": missing");
                return 2;
            }
            texts.put(file, readText(p));
        }
        // Warm up, so class and model loading are not timed.
        texts.entrySet().stream().limit(2).forEach(e -> analyse(components, e.getKey(), e.getValue(),
                new long[components.size()], new long[components.size()]));
        long[] nanos = new long[components.size()];
        long[] cpu = new long[components.size()];
        Map<String, Counts> bySplit = new LinkedHashMap<>();
        for (var e : texts.entrySet()) {
            Document d = analyse(components, e.getKey(), e.getValue(), nanos, cpu);
            List<Found> found = found(e.getKey(), d.find(Events.class).map(Events::items).orElse(List.of()));
            List<Gold> gold = a.gold().stream().filter(g -> g.file().equals(e.getKey())).toList();
            Counts c = score(gold, found, errors ? out : null, e.getValue());
            bySplit.merge(a.splitOf().get(e.getKey()), c, Counts::plus);
        }
        Counts sum = Counts.zero();
        for (var e : bySplit.entrySet()) {
            long files = a.splitOf().values().stream().filter(e.getKey()::equals).count();
            print(out, e.getKey() + " (" + files + " articles)", e.getValue());
            sum = sum.plus(e.getValue());
        }
        if (bySplit.size() > 1) {
            print(out, "all (" + texts.size() + " articles)", sum);
        }
        long total = 0;
        for (long n : nanos) {
            total += n;
        }
        // CPU time beside wall time: on a machine shared with other work, wall time also counts waiting.
        long totalCpu = 0;
        for (long n : cpu) {
            totalCpu += n;
        }
        for (int i = 0; i < components.size(); i++) {
            out.printf(Locale.ROOT, "  time %-11s %8.2f ms/article %5.1f%%   cpu %8.2f ms/article %5.1f%%%n",
                    components.get(i).name(), nanos[i] / 1e6 / texts.size(), 100.0 * nanos[i] / total,
                    cpu[i] / 1e6 / texts.size(), 100.0 * cpu[i] / Math.max(1, totalCpu));
        }
        return 0;
    }

    static void print(PrintStream out, String title, Counts c) {
        out.printf(Locale.ROOT, "== %s: gold %d, system %d%n", title, c.gold(), c.system());
        String[] names = {"event found (type, overlap)", "type + date right", "type + status right"};
        for (int i = 0; i < 3; i++) {
            double p = ratio(c.matched()[i], c.system());
            double r = ratio(c.matched()[i], c.gold());
            out.printf(Locale.ROOT, "  %-28s P %.3f  R %.3f  F1 %.3f%n", names[i], p, r, f1(p, r));
        }
    }

    /** Every (event, evidence sentence) pair: the unit the annotation counts. */
    static List<Found> found(String file, List<Event> events) {
        List<Found> out = new ArrayList<>();
        for (Event e : events) {
            for (Span s : e.evidence()) {
                out.add(new Found(file, s, e.type().name(), e.status().name(),
                        e.date().map(EventDate::value).orElse("-")));
            }
        }
        return out;
    }

    /** One-to-one matches at three strictnesses; each a separate greedy matching. */
    static Counts score(List<Gold> gold, List<Found> found, PrintStream errors, String text) {
        List<BiPredicate<Gold, Found>> rules = List.of(
                (g, f) -> true,
                (g, f) -> sameDate(g.date(), f.date()),
                (g, f) -> g.status().equals(f.status()));
        int[] matched = new int[3];
        for (int r = 0; r < 3; r++) {
            boolean[] used = new boolean[found.size()];
            for (Gold g : gold) {
                boolean hit = false;
                for (int i = 0; i < found.size() && !hit; i++) {
                    Found f = found.get(i);
                    if (!used[i] && f.type().equals(g.type()) && f.span().overlaps(g.span())
                            && rules.get(r).test(g, f)) {
                        used[i] = true;
                        hit = true;
                        matched[r]++;
                    }
                }
                if (!hit && r > 0 && errors != null && found.stream().anyMatch(f -> f.type().equals(g.type())
                        && f.span().overlaps(g.span()))) {
                    Found f = found.stream().filter(x -> x.type().equals(g.type()) && x.span().overlaps(g.span()))
                            .findFirst().orElseThrow();
                    errors.printf("  %s %s %s %s: gold %s, found %s: %s%n", r == 1 ? "date  " : "status", g.file(),
                            g.span(), g.type(), r == 1 ? g.date() : g.status(), r == 1 ? f.date() : f.status(),
                            excerpt(text, g.span()));
                }
                if (!hit && r == 0 && errors != null) {
                    errors.printf("  missed %s %s %s %s %s: %s%n", g.file(), g.span(), g.type(), g.status(),
                            g.date(), excerpt(text, g.span()));
                }
            }
            for (int i = 0; i < found.size() && r == 0 && errors != null; i++) {
                if (!used[i]) {
                    Found f = found.get(i);
                    errors.printf("  false  %s %s %s %s %s: %s%n", f.file(), f.span(), f.type(), f.status(),
                            f.date(), excerpt(text, f.span()));
                }
            }
        }
        return new Counts(gold.size(), found.size(), matched);
    }

    private static String excerpt(String text, Span s) {
        String t = s.of(text).replaceAll("\\s+", " ");
        return t.length() > 140 ? t.substring(0, 140) + "…" : t;
    }

    /** Equal dates, a year the text did not give ({@code XXXX}) matching any year. */
    static boolean sameDate(String gold, String system) {
        if (gold.equals(system)) {
            return true;
        }
        if (gold.length() != system.length() || gold.equals("-") || system.equals("-")) {
            return false;
        }
        return (gold.startsWith("XXXX") || system.startsWith("XXXX")) && gold.substring(4).equals(system.substring(4));
    }

    static Annotations read(Path file) {
        Map<String, String> splitOf = new LinkedHashMap<>();
        List<Gold> gold = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length == 2) {
                splitOf.put(f[0], f[1]);
            } else if (f.length == 7) {
                gold.add(new Gold(f[0], new Span(Integer.parseInt(f[1]), Integer.parseInt(f[2])), f[3], f[4], f[5]));
                splitOf.putIfAbsent(f[0], f[6]);
            } else {
                throw new IllegalArgumentException(file + ":" + n + ": expected 2 or 7 tab-separated columns");
            }
        }
        return new Annotations(splitOf, gold);
    }

    static Document analyse(List<Component> components, String name, String text, long[] nanos, long[] cpu) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Document d = Document.of(new Article(ArticleId.fromText(text), name, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), PublishedFrom.NONE, Optional.empty(), "en", text,
                List.of()));
        for (int i = 0; i < components.size(); i++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            Output o = components.get(i).apply(d);
            nanos[i] += System.nanoTime() - t0;
            cpu[i] += threads.getCurrentThreadCpuTime() - c0;
            d = d.with(o.layers(), o.problems());
        }
        return d;
    }

    private static String readText(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
