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
        description = {"Reads, analyses and stores articles; re-ingesting the same input changes nothing.",
            "Inputs: text, HTML, JSONL, RSS/Atom, WARC files, folders (recursively) and http(s) URLs."})
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

    /** Articles analysed and stored together: bounds memory on large archives, keeps threads busy. */
    @Option(names = "--chunk", defaultValue = "200", hidden = true)
    int chunkSize;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Run run = new Run(err);
        try (Store db = store.create(); run) {
            Ingest ingest = Ingest.builder().build();
            if (chunkSize < 1) {
                throw new Errors.UserError("--chunk must be at least 1");
            }
            List<Article> chunk = new ArrayList<>(chunkSize);
            for (String input : inputs) {
                try (Stream<IngestResult> results = ingest.read(input)) {
                    results.forEachOrdered(r -> {
                        run.read(r).ifPresent(chunk::add);
                        if (chunk.size() == chunkSize) {
                            run.store(db, chunk);
                            chunk.clear();
                        }
                    });
                }
            }
            run.store(db, chunk);
            Batch.Tally tally = run.tally;
            out.println(tally.summary());
            tally.rejectedByCode().forEach((code, n) -> out.println("  rejected " + code + ": " + n));
            listStored(db, run.stored, out);
            return tally.read > 0 && tally.rejected.size() == tally.read ? Errors.FAILED : 0;
        }
    }

    /** One ingest run: what was read, what was stored, and the analysis resources, started on first need. */
    private final class Run implements AutoCloseable {
        final Batch.Tally tally = new Batch.Tally();
        final List<String> stored = new ArrayList<>();
        private final java.util.Map<String, String> firstSource = new java.util.HashMap<>();
        private final PrintWriter err;
        private Batch batch;
        private ProgressBar bar;

        Run(PrintWriter err) {
            this.err = err;
        }

        /** Counts a result; an article comes back unless it was rejected or already read in this run. */
        java.util.Optional<Article> read(IngestResult r) {
            tally.read++;
            if (bar != null) {
                bar.maxHint(tally.read);
            }
            if (r instanceof IngestResult.Rejected rej) {
                tally.rejected.add(rej.problem());
                err.println("rejected " + rej.problem().line());
                return java.util.Optional.empty();
            }
            Article a = ((IngestResult.Accepted) r).article();
            String earlier = firstSource.putIfAbsent(a.id(), a.source());
            if (earlier != null) {
                // Same URL or same text read twice in one run: keep the first, say so.
                tally.duplicates++;
                err.println("skipped " + a.source() + ": the same article as " + earlier);
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(a);
        }

        /**
         * Analyses and stores a chunk. An article stored exactly as read now is not analysed again: re-running the
         * same input changes nothing, costs no analysis and loads no model. After an upgrade, --reanalyse brings
         * stored analyses up to date.
         */
        void store(Store db, List<Article> chunk) {
            List<Article> changed = new ArrayList<>();
            for (Article a : chunk) {
                if (!reanalyse && storedAsIs(db, a)) {
                    tally.unchanged++;
                    tally.flagged += a.isEnglish() ? 0 : 1;
                    stored.add(a.id());
                    step();
                } else {
                    changed.add(a);
                }
            }
            if (!changed.isEmpty()) {
                analysis().analyse(changed, doc -> {
                    store(db, doc);
                    step();
                });
            }
        }

        /** Stores one analysed document in its own transaction; one that cannot be stored is reported. */
        private void store(Store db, Document doc) {
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

        private Batch analysis() {
            if (batch == null) {
                err.println("analysing (loading language models)...");
                err.flush();
                batch = new Batch(Analysis.pipeline(), threads);
                bar = progress(tally.read, tally.unchanged + tally.created + tally.updated);
            }
            return batch;
        }

        private void step() {
            if (bar != null) {
                bar.step();
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
            if (batch != null) {
                batch.close();
            }
        }
    }

    private static boolean storedAsIs(Store db, Article article) {
        return db.article(article.id()).map(article::equals).orElse(false);
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

    /** A bar over the articles read so far (its end grows as reading goes on); none when not on a terminal. */
    private ProgressBar progress(int readSoFar, int done) {
        if (noProgress || System.console() == null) {
            return null; // a bar in a log file is noise; the summary says it all
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName("ingesting").setInitialMax(readSoFar)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).build();
        bar.stepTo(done);
        return bar;
    }
}
