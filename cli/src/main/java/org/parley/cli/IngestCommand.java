package org.parley.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.parley.ingest.Ingest;
import org.parley.ingest.IngestResult;
import org.parley.model.Article;
import org.parley.model.Document;
import org.parley.model.Problem;
import org.parley.store.ArticleSummary;
import org.parley.store.PutResult;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley ingest}: read, clean, date, analyse and store articles; one transaction per article. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles (text, HTML, JSONL, RSS/Atom, WARC, URLs; folders recursively), analyses them",
            "and stores them. Re-ingesting the same input changes nothing."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Files, folders or http(s) URLs.")
    List<String> inputs;

    @Option(names = "--threads", defaultValue = "2", description = "Analysis threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--list", defaultValue = "20",
            description = "List up to this many stored articles at the end (default: ${DEFAULT-VALUE}).")
    int list;

    @Option(names = "--no-progress", description = "Never show the progress bar.")
    boolean noProgress;

    @Option(names = "--reanalyse", description = "Analyse articles again even when the stored copy is the same"
            + " article (after upgrading Parley).")
    boolean reanalyse;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Batch.Tally tally = new Batch.Tally();
        List<Article> articles = new ArrayList<>();
        java.util.Map<String, String> firstSource = new java.util.HashMap<>();
        Ingest ingest = Ingest.builder().build();
        for (String input : inputs) {
            try (Stream<IngestResult> results = ingest.read(input)) {
                results.forEach(r -> {
                    tally.read++;
                    if (r instanceof IngestResult.Accepted a) {
                        String earlier = firstSource.putIfAbsent(a.article().id(), a.article().source());
                        if (earlier == null) {
                            articles.add(a.article());
                        } else {
                            // Same URL or same text read twice in one run: keep the first, say so.
                            tally.duplicates++;
                            err.println("skipped " + a.article().source() + ": the same article as " + earlier);
                        }
                    } else if (r instanceof IngestResult.Rejected rej) {
                        tally.rejected.add(rej.problem());
                        err.println("rejected " + rej.problem().line());
                    }
                });
            }
        }
        List<String> stored = new ArrayList<>();
        try (Store db = store.create()) {
            // An article stored exactly as read now is not analysed again: re-running the same input changes
            // nothing and costs no analysis. After an upgrade, --reanalyse brings stored analyses up to date.
            var split = articles.stream().collect(java.util.stream.Collectors.partitioningBy(
                    a -> !reanalyse && storedAsIs(db, a)));
            List<Article> changed = split.get(false);
            for (Article same : split.get(true)) {
                tally.unchanged++;
                tally.flagged += same.isEnglish() ? 0 : 1;
                stored.add(same.id());
            }
            if (!changed.isEmpty()) {
                err.println("analysing " + changed.size() + " article" + (changed.size() == 1 ? "" : "s")
                        + " (loading language models on first use)...");
                err.flush();
                try (Batch batch = new Batch(Analysis.pipeline(), threads); ProgressBar bar = progress(changed.size())) {
                    batch.analyse(changed, doc -> {
                        store(db, doc, tally, stored, err);
                        if (bar != null) {
                            bar.step();
                        }
                    });
                }
            }
            out.println(tally.summary());
            tally.rejectedByCode().forEach((code, n) -> out.println("  rejected " + code + ": " + n));
            listStored(db, stored, out);
        }
        return tally.read > 0 && tally.rejected.size() == tally.read ? Errors.FAILED : 0;
    }

    private static boolean storedAsIs(Store db, Article article) {
        return db.get(article.id()).map(d -> d.article().equals(article)).orElse(false);
    }

    private static void store(Store db, Document doc, Batch.Tally tally, List<String> stored, PrintWriter err) {
        PutResult result;
        try {
            result = db.put(doc);
        } catch (org.parley.store.StoreException e) {
            // One article that cannot be stored is reported; its transaction rolled back, the batch goes on.
            Problem p = Problem.of("store.failed", doc.article().source(), e.getMessage());
            tally.rejected.add(p);
            err.println("rejected " + p.line());
            return;
        }
        switch (result) {
            case NEW -> tally.created++;
            case UPDATED -> tally.updated++;
            default -> tally.unchanged++;
        }
        if (!doc.article().isEnglish()) {
            tally.flagged++;
        }
        stored.add(doc.article().id());
    }

    private void listStored(Store db, List<String> ids, PrintWriter out) {
        if (list <= 0 || ids.isEmpty()) {
            return;
        }
        out.println();
        List<ArticleSummary> rows = ids.stream().distinct().limit(list)
                .map(id -> db.summary(id).orElseThrow()).toList();
        out.print(Tables.articles(rows));
        if (ids.size() > list) {
            out.println("... and " + (ids.size() - list) + " more: parley docs --db " + store.db);
        }
    }

    private ProgressBar progress(int total) {
        if (noProgress || System.console() == null || total < 2) {
            return null; // a bar in a log file is noise; the summary says it all
        }
        return new ProgressBarBuilder().setTaskName("analysing").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).build();
    }
}
