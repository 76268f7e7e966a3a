package org.parley.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.parley.analysis.Analysis;
import org.parley.analysis.Analyzer;
import org.parley.ingest.Ingest;
import org.parley.ingest.IngestResult;
import org.parley.json.AnalysisJson;
import org.parley.model.Article;
import org.parley.model.Document;
import org.parley.model.Mention;
import org.parley.model.Mentions;
import org.parley.model.Timex;
import org.parley.model.Timexes;
import org.parley.nlp.CoreNlp;
import org.parley.pipeline.Component;
import org.parley.pipeline.Pipeline;

/**
 * Two checks behind claims in the docs, printed as Markdown:
 * <ol>
 * <li>Parley's NER choice (one 4-class CRF model and a gazetteer) against CoreNLP's default NER (three CRF models and
 * fine-grained NER) on the same texts: mentions with the same span and kind, time expressions with the same span
 * and value, and the time each takes (alternating article by article, after a warm-up). Agreement, not accuracy:
 * there is no entity gold here.</li>
 * <li>Determinism: the analysis JSON of every article from one worker in input order, from two workers, and from
 * one worker in reverse order; the number of articles whose JSON differs.</li>
 * </ol>
 * Usage: {@code Agreement INPUT...}.
 */
public final class Agreement {

    private Agreement() {
    }

    public static void main(String[] args) {
        List<Article> articles = new ArrayList<>();
        Ingest ingest = Ingest.builder().build();
        for (String input : args) {
            if (!Files.exists(Path.of(input))) {
                throw new IllegalArgumentException("no such input: " + input);
            }
            try (Stream<IngestResult> s = ingest.read(input)) {
                s.forEach(r -> {
                    if (r instanceof IngestResult.Accepted a && a.article().isEnglish()) {
                        articles.add(a.article());
                    }
                });
            }
        }
        Component ours = CoreNlp.builder().build().load().component();
        Component defaults = CoreNlp.builder().coreNlpDefaults().build().load().component();
        articles.forEach(a -> {
            run(ours, a);
            run(defaults, a);
        });
        long oursNanos = 0;
        long defaultNanos = 0;
        int sameMentions = 0;
        int ourMentions = 0;
        int defaultMentions = 0;
        int sameTimexes = 0;
        int ourTimexes = 0;
        int defaultTimexes = 0;
        for (Article a : articles) {
            long t0 = System.nanoTime();
            Document o = run(ours, a);
            long t1 = System.nanoTime();
            Document d = run(defaults, a);
            defaultNanos += System.nanoTime() - t1;
            oursNanos += t1 - t0;
            Set<Mention> om = new HashSet<>(o.get(Mentions.class).items());
            List<Mention> dm = d.get(Mentions.class).items();
            ourMentions += om.size();
            defaultMentions += dm.size();
            sameMentions += (int) dm.stream().filter(om::contains).count();
            Set<Timex> ot = new HashSet<>(o.get(Timexes.class).items());
            List<Timex> dt = d.get(Timexes.class).items();
            ourTimexes += ot.size();
            defaultTimexes += dt.size();
            sameTimexes += (int) dt.stream().filter(ot::contains).count();
        }
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d English articles, %,d chars (%s)%n%n", articles.size(),
                articles.stream().mapToLong(a -> a.text().length()).sum(), String.join(" ", args)));
        out.append("| | Parley's NER | CoreNLP's default NER |\n|---|---|---|\n");
        out.append(String.format(Locale.ROOT, "| mentions | %d | %d |%n", ourMentions, defaultMentions));
        out.append(String.format(Locale.ROOT, "| of the default's mentions, same span and kind in ours | %d (%.0f%%) | |%n",
                sameMentions, 100.0 * sameMentions / Math.max(1, defaultMentions)));
        out.append(String.format(Locale.ROOT, "| of ours, same span and kind in the default's | %.0f%% | |%n",
                100.0 * sameMentions / Math.max(1, ourMentions)));
        out.append(String.format(Locale.ROOT, "| time expressions (same span, type and value in both: %d) | %d | %d |%n",
                sameTimexes, ourTimexes, defaultTimexes));
        out.append(String.format(Locale.ROOT, "| seconds (one thread, alternating) | %.2f | %.2f |%n", oursNanos / 1e9,
                defaultNanos / 1e9));
        out.append(String.format(Locale.ROOT, "| speed ratio | %.1fx | 1.0x |%n%n", (double) defaultNanos / oursNanos));

        Pipeline pipeline = Analysis.pipeline();
        List<String> oneThread = json(pipeline, articles, 1);
        List<String> twoThreads = json(pipeline, articles, 2);
        List<Article> backwards = new ArrayList<>(articles);
        java.util.Collections.reverse(backwards);
        List<String> reversed = new ArrayList<>(json(pipeline, backwards, 1));
        java.util.Collections.reverse(reversed);
        int differ = 0;
        for (int i = 0; i < articles.size(); i++) {
            if (!oneThread.get(i).equals(twoThreads.get(i)) || !oneThread.get(i).equals(reversed.get(i))) {
                differ++;
            }
        }
        out.append(String.format(Locale.ROOT, "Determinism: %d of %d articles differ between one worker in order, two"
                + " workers, and one worker in reverse order.%n", differ, articles.size()));
        System.out.print(out);
    }

    private static Document run(Component c, Article a) {
        var output = c.apply(Document.of(a));
        return Document.of(a).with(output.layers(), output.problems());
    }

    private static List<String> json(Pipeline pipeline, List<Article> articles, int threads) {
        List<String> out = new ArrayList<>();
        try (Analyzer analyzer = Analysis.analyzer(pipeline, threads)) {
            articles.forEach(a -> analyzer.submit(Document.of(a), d -> out.add(AnalysisJson.write(d))));
            analyzer.finish(d -> out.add(AnalysisJson.write(d)));
        }
        return out;
    }
}
