package org.parley.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.parley.analysis.Analyzer;
import org.parley.ingest.Ingest;
import org.parley.ingest.IngestResult;
import org.parley.link.Link;
import org.parley.model.Article;
import org.parley.model.Document;
import org.parley.model.Problem;
import org.parley.model.Stamp;
import org.parley.pipeline.Pipeline;
import org.parley.store.ArticleSummary;
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

    @Mixin
    AnalysisOptions analysis;

    @Option(names = "--list", defaultValue = "20",
            description = "List up to this many stored articles at the end (default: ${DEFAULT-VALUE}).")
    int list;

    @Option(names = "--no-progress", description = "Never show the progress bar.")
    boolean noProgress;

    @Option(names = "--reanalyse", description = "Analyse every article again with every component, even when the"
            + " stored analysis is current.")
    boolean reanalyse;

    /** Analysed documents written per store transaction. */
    @Option(names = "--write-batch", defaultValue = "32", hidden = true)
    int writeBatch;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (writeBatch < 1) {
            throw new Errors.UserError("--write-batch must be at least 1");
        }
        try (Store db = store.create(); Run run = new Run(db, err)) {
            Ingest ingest = Ingest.builder().build();
            // One stream from reading to storing: each article is read, analysed by a free worker and written
            // (in order, in small transactions) while the next ones are being read and analysed.
            for (String input : inputs) {
                try (Stream<IngestResult> results = ingest.read(input)) {
                    results.forEachOrdered(run::accept);
                }
            }
            run.finish();
            Tally tally = run.tally;
            out.println(tally.summary());
            tally.rejectedByCode().forEach((code, n) -> out.println("  rejected " + code + ": " + n));
            if (tally.created + tally.updated > 0) {
                // After storing, over the whole store: the timeline is cross-article, never per article.
                out.println(LinkCommand.summary(Link.builder().build().updateTimeline(db)));
            }
            listStored(db, run.stored, out);
            return Errors.exitCode(tally.read, tally.rejected.size());
        }
    }

    /** One ingest run: what was read, what was stored, and the analysis workers, started on first need. */
    private final class Run implements AutoCloseable {
        final Tally tally = new Tally();
        final List<String> stored = new ArrayList<>();
        private final Map<String, String> firstSource = new HashMap<>();
        private final Store db;
        private final PrintWriter err;
        private final Pipeline pipeline = analysis.pipeline();
        private final StoreWriter writer;
        private Analyzer analyzer;
        private ProgressBar bar;

        Run(Store db, PrintWriter err) {
            this.db = db;
            this.err = err;
            this.writer = new StoreWriter(db, tally, writeBatch, this::reject, (doc, result) -> {
                step();
                if (result != null) {
                    stored.add(doc.article().id());
                }
            });
        }

        /**
         * Counts a result and sends an article on: nowhere when it was rejected, read already in this run, or stored
         * with the same content and a current analysis (so a re-run changes nothing and loads no model); to the
         * workers otherwise, with the stored analysis when only some components changed, so only those run.
         */
        void accept(IngestResult r) {
            tally.read++;
            if (bar != null) {
                bar.maxHint(tally.read);
            }
            if (r instanceof IngestResult.Rejected rej) {
                reject(rej.problem());
                return;
            }
            Article a = ((IngestResult.Accepted) r).article();
            String earlier = firstSource.putIfAbsent(a.id(), a.source());
            if (earlier != null) {
                // Same URL or same text read twice in one run: keep the first, say so.
                tally.duplicates++;
                err.println("skipped " + a.source() + ": the same article as " + earlier);
                return;
            }
            Optional<Article> before = reanalyse ? Optional.empty() : db.article(a.id()).filter(a::sameContent);
            if (before.isPresent()) {
                List<Stamp> stamps = db.stamps(a.id());
                if (pipeline.isCurrent(stamps, a)) {
                    tally.unchanged++;
                    tally.flagged += a.isEnglish() ? 0 : 1;
                    stored.add(a.id());
                    step();
                    return;
                }
                // The same article; keep what it was first read as (source, fetch time), redo what changed.
                Document current = pipeline.upToDate(stamps) == 0 ? Document.of(before.get())
                        : db.get(a.id()).orElseThrow();
                analyzer().submit(current, writer::add);
                return;
            }
            analyzer().submit(Document.of(a), writer::add);
        }

        void finish() {
            if (analyzer != null) {
                analyzer.finish(writer::add);
            }
            writer.flush();
        }

        private void reject(Problem p) {
            tally.rejected.add(p);
            err.println("rejected " + p.line());
        }

        private Analyzer analyzer() {
            if (analyzer == null) {
                err.println("analysing (language models load on first use)...");
                err.flush();
                analyzer = analysis.analyzer(pipeline);
                bar = progress(tally.read, tally.unchanged + tally.created + tally.updated);
            }
            return analyzer;
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
            if (analyzer != null) {
                analyzer.close();
            }
        }
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
