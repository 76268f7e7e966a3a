package org.parley.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parley.analysis.Analysis;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Document;
import org.parley.model.PublishedFrom;
import org.parley.model.Span;
import org.parley.model.Statement;
import org.parley.model.Statements;
import org.parley.nlp.CoreNlp;
import org.parley.pipeline.Component;
import org.parley.pipeline.Output;
import org.parley.pipeline.Pipeline;

/**
 * Scores the statements of the default pipeline against PolNeAR ({@code text/*.txt} with brat-style
 * {@code attributions/*.ann}): precision, recall and F1 of content spans, exact and by overlap, and among the
 * attributions matched by overlap how often the source and the cue overlap the gold ones; beside them the same
 * figures for CoreNLP's quote annotator on the same texts in the same run. Also times each component on the same
 * texts; a folder without {@code attributions/} is only timed (any {@code .txt} files).
 */
public final class PolnearEval {

    private static final Pattern DATE = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})_");

    record Gold(List<Span> content, List<Span> source, List<Span> cue) {
    }

    /** What a system found: Parley's statement or CoreNLP's quotation, in the scorer's terms. */
    record Found(List<Span> content, Optional<Span> source, Optional<Span> cue) {
        static Found of(Statement s) {
            return new Found(s.content(), s.source(), Optional.of(s.cue()));
        }

        static Found of(CoreNlp.Quotation q) {
            return new Found(List.of(q.quote()), q.mention(), Optional.empty());
        }
    }

    /** Counts over a corpus. */
    record Counts(int gold, int system, int exact, int overlapGold, int overlapSystem, int sourceRight,
            int sourceGold, int cueRight) {
        static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(gold + o.gold, system + o.system, exact + o.exact, overlapGold + o.overlapGold,
                    overlapSystem + o.overlapSystem, sourceRight + o.sourceRight, sourceGold + o.sourceGold,
                    cueRight + o.cueRight);
        }
    }

    /** With -Dpolnear.misses, each missed attribution is printed (error analysis on train/dev). */
    private static final PrintStream MISSES = Boolean.getBoolean("polnear.misses") ? System.err : null;
    private static final String[] MISSES_TEXT = new String[1];
    private static boolean missesOn = true;

    private PolnearEval() {
    }

    public static void main(String... args) {
        System.exit(run(System.out, args));
    }

    /** Scores each folder given; returns 0, or 2 when a folder holds no text. */
    public static int run(PrintStream out, String... args) {
        return run(out, 0, args);
    }

    /**
     * Scores each folder given, beside CoreNLP's quote annotator on the same texts; on the first
     * {@code attributedTexts} texts of each folder the quote annotator also names speakers (its dependency parse
     * and coreference are too slow for a whole folder here), scored on that subset beside Parley's figures there.
     */
    public static int run(PrintStream out, int attributedTexts, String... args) {
        if (attributedTexts < 0) {
            throw new IllegalArgumentException("attributedTexts must be >= 0, was " + attributedTexts);
        }
        Pipeline pipeline = Analysis.pipeline();
        List<Component> components = pipeline.components();
        int code = 0;
        for (String arg : args) {
            Path dir = Path.of(arg);
            List<Path> texts = texts(Files.isDirectory(dir.resolve("text")) ? dir.resolve("text") : dir);
            if (texts.isEmpty()) {
                out.println(dir + ": no .txt files");
                code = 2;
                continue;
            }
            boolean scored = Files.isDirectory(dir.resolve("attributions"));
            long[] nanos = new long[components.size()];
            long quoteNanos = 0;
            long attributedNanos = 0;
            long chars = 0;
            Counts total = Counts.ZERO;
            Counts quotes = Counts.ZERO;
            Counts subsetParley = Counts.ZERO;
            Counts subsetQuotes = Counts.ZERO;
            int subset = Math.min(attributedTexts, texts.size());
            // Warm up on a few texts, so class loading and model loading are not timed.
            texts.stream().limit(3).forEach(t -> {
                analyse(components, t, read(t), new long[components.size()]);
                CoreNlp.quotations(read(t), false);
            });
            if (subset > 0) {
                CoreNlp.quotations(read(texts.get(0)), true);
            }
            for (int i = 0; i < texts.size(); i++) {
                Path t = texts.get(i);
                String text = read(t);
                chars += text.length();
                Document d = analyse(components, t, text, nanos);
                long t0 = System.nanoTime();
                List<Found> baseline = CoreNlp.quotations(text, false).stream().map(Found::of).toList();
                quoteNanos += System.nanoTime() - t0;
                List<Found> attributed = List.of();
                if (i < subset) {
                    long t1 = System.nanoTime();
                    attributed = CoreNlp.quotations(text, true).stream().map(Found::of).toList();
                    attributedNanos += System.nanoTime() - t1;
                }
                if (scored) {
                    MISSES_TEXT[0] = text;
                    List<Gold> gold = gold(annotations(dir, t), text);
                    List<Found> system = d.find(Statements.class).map(Statements::items).orElse(List.of())
                            .stream().filter(s -> s.embeddedIn().isEmpty()).map(Found::of).toList();
                    Counts parley = score(gold, system);
                    total = total.plus(parley);
                    quotes = quotes.plus(quiet(() -> score(gold, baseline)));
                    if (i < subset) {
                        subsetParley = subsetParley.plus(parley);
                        List<Found> a = attributed;
                        subsetQuotes = subsetQuotes.plus(quiet(() -> score(gold, a)));
                    }
                }
            }
            out.println("== " + dir + " (" + texts.size() + " texts, " + chars + " chars)");
            if (scored) {
                out.println(" Parley statements");
                print(out, total);
                out.println(" CoreNLP quote annotator (tokenize, ssplit, quote; no attribution), same texts");
                print(out, quotes);
                if (subset > 0) {
                    out.println(" on the first " + subset + " texts: CoreNLP quote annotator with attribution"
                            + " (pos, lemma, ner, depparse, coref)");
                    print(out, subsetQuotes);
                    out.println(" on the first " + subset + " texts: Parley statements");
                    print(out, subsetParley);
                }
            }
            long all = 0;
            for (long n : nanos) {
                all += n;
            }
            for (int i = 0; i < components.size(); i++) {
                out.printf(Locale.ROOT, "  time %-11s %8.1f ms/article %5.1f%%%n", components.get(i).name(),
                        nanos[i] / 1e6 / texts.size(), 100.0 * nanos[i] / all);
            }
            out.printf(Locale.ROOT, "  time all         %8.1f ms/article, %.0f chars/s (one thread)%n",
                    all / 1e6 / texts.size(), chars / (all / 1e9));
            out.printf(Locale.ROOT, "  time corenlp quote annotator (own tokenize, ssplit) %.1f ms/article%n",
                    quoteNanos / 1e6 / texts.size());
            if (subset > 0) {
                out.printf(Locale.ROOT, "  time corenlp quote attribution pipeline %.1f ms/article on %d texts%n",
                        attributedNanos / 1e6 / subset, subset);
            }
        }
        return code;
    }

    /** The baseline's misses are not listed with Parley's. */
    private static Counts quiet(java.util.function.Supplier<Counts> scoring) {
        boolean was = missesOn;
        missesOn = false;
        try {
            return scoring.get();
        } finally {
            missesOn = was;
        }
    }

    static void print(PrintStream out, Counts c) {
        double ep = ratio(c.exact(), c.system());
        double er = ratio(c.exact(), c.gold());
        double op = ratio(c.overlapSystem(), c.system());
        double or = ratio(c.overlapGold(), c.gold());
        out.printf(Locale.ROOT, "  attributions: gold %d, system %d%n", c.gold(), c.system());
        out.printf(Locale.ROOT, "  content exact    P %.3f  R %.3f  F1 %.3f%n", ep, er, f1(ep, er));
        out.printf(Locale.ROOT, "  content overlap  P %.3f  R %.3f  F1 %.3f%n", op, or, f1(op, or));
        out.printf(Locale.ROOT, "  among %d overlap matches: right source %.3f (of %d with a gold source),"
                + " right cue %.3f%n", c.overlapGold(), ratio(c.sourceRight(), c.sourceGold()), c.sourceGold(),
                ratio(c.cueRight(), c.overlapGold()));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static Counts score(List<Gold> gold, List<Found> system) {
        int exact = 0;
        int overlapGold = 0;
        int sourceRight = 0;
        int sourceGold = 0;
        int cueRight = 0;
        boolean[] used = new boolean[system.size()];
        for (Gold g : gold) {
            // The system statement sharing most characters with this attribution's content.
            int best = -1;
            int bestShared = 0;
            for (int i = 0; i < system.size(); i++) {
                int shared = shared(g.content(), system.get(i).content());
                if (shared > bestShared && !used[i]) {
                    best = i;
                    bestShared = shared;
                }
            }
            if (best < 0) {
                if (MISSES != null && missesOn) {
                    MISSES.println("MISS cue=" + g.cue().stream().map(c -> c.of(MISSES_TEXT[0])).toList() + " | "
                            + g.content().get(0).of(MISSES_TEXT[0]).replace('\n', ' '));
                }
                continue;
            }
            used[best] = true;
            overlapGold++;
            Found s = system.get(best);
            if (same(g.content(), s.content())) {
                exact++;
            }
            if (!g.source().isEmpty()) {
                sourceGold++;
                if (s.source().map(src -> g.source().stream().anyMatch(src::overlaps)).orElse(false)) {
                    sourceRight++;
                }
            }
            if (s.cue().map(c -> g.cue().stream().anyMatch(c::overlaps)).orElse(false)) {
                cueRight++;
            }
        }
        int overlapSystem = 0;
        for (Found s : system) {
            if (gold.stream().anyMatch(g -> shared(g.content(), s.content()) > 0)) {
                overlapSystem++;
            }
        }
        return new Counts(gold.size(), system.size(), exact, overlapGold, overlapSystem, sourceRight, sourceGold,
                cueRight);
    }

    private static int shared(List<Span> a, List<Span> b) {
        int n = 0;
        for (Span x : a) {
            for (Span y : b) {
                n += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
            }
        }
        return n;
    }

    /** Exact: the same first and last character (pieces between may be cut differently). */
    private static boolean same(List<Span> a, List<Span> b) {
        int as = a.stream().mapToInt(Span::start).min().orElse(-1);
        int ae = a.stream().mapToInt(Span::end).max().orElse(-1);
        int bs = b.stream().mapToInt(Span::start).min().orElse(-2);
        int be = b.stream().mapToInt(Span::end).max().orElse(-2);
        return as == bs && ae == be;
    }

    static Document analyse(List<Component> components, Path file, String text, long[] nanos) {
        Matcher m = DATE.matcher(file.getFileName().toString());
        LocalDate day = m.find() ? LocalDate.parse(m.group(1)) : LocalDate.of(2025, 1, 1);
        Document d = Document.of(new Article(ArticleId.fromText(text), file.toString(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(day), PublishedFrom.OVERRIDE,
                Optional.empty(), "en", text, List.of()));
        for (int i = 0; i < components.size(); i++) {
            long t0 = System.nanoTime();
            Output o = components.get(i).apply(d);
            nanos[i] += System.nanoTime() - t0;
            d = d.with(o.layers(), o.problems());
        }
        return d;
    }

    /** The annotation file of a text: same name with the annotator's id appended. */
    static Optional<Path> annotations(Path dir, Path text) {
        String stem = text.getFileName().toString().replaceFirst("\\.txt$", "");
        try (Stream<Path> s = Files.list(dir.resolve("attributions"))) {
            return s.filter(p -> p.getFileName().toString().startsWith(stem + "_")
                    || p.getFileName().toString().equals(stem + ".ann")).sorted().findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Attributions of an .ann file: its E lines with the T spans they name. */
    static List<Gold> gold(Optional<Path> ann, String text) {
        if (ann.isEmpty()) {
            return List.of();
        }
        var spans = new java.util.HashMap<String, List<Span>>();
        List<String[]> events = new ArrayList<>();
        for (String line : read(ann.get()).split("\n")) {
            String[] f = line.split("\t");
            if (f.length >= 2 && f[0].startsWith("T")) {
                String[] head = f[1].split(" ", 2);
                List<Span> pieces = new ArrayList<>();
                for (String range : head[1].split(";")) {
                    String[] se = range.trim().split(" ");
                    int s = Integer.parseInt(se[0]);
                    int e = Math.min(Integer.parseInt(se[1]), text.length());
                    if (s < e) {
                        pieces.add(new Span(s, e));
                    }
                }
                spans.put(f[0], pieces);
            } else if (f.length >= 2 && f[0].startsWith("E")) {
                events.add(f[1].split(" "));
            }
        }
        List<Gold> out = new ArrayList<>();
        for (String[] e : events) {
            List<Span> content = new ArrayList<>();
            List<Span> source = new ArrayList<>();
            List<Span> cue = new ArrayList<>();
            for (String arg : e) {
                String[] kv = arg.split(":");
                List<Span> s = spans.getOrDefault(kv[1], List.of());
                if (kv[0].startsWith("Content")) {
                    content.addAll(s);
                } else if (kv[0].startsWith("Source")) {
                    source.addAll(s);
                } else if (kv[0].startsWith("Cue")) {
                    cue.addAll(s);
                }
            }
            if (!content.isEmpty()) {
                out.add(new Gold(content, source, cue));
            }
        }
        return out;
    }

    private static List<Path> texts(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
