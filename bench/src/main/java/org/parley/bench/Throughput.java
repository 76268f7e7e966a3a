package org.parley.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.parley.analysis.Analysis;
import org.parley.analysis.Analyzer;
import org.parley.ingest.Ingest;
import org.parley.ingest.IngestResult;
import org.parley.model.Article;
import org.parley.model.Document;
import org.parley.model.Tokens;
import org.parley.nlp.CoreNlp;
import org.parley.pipeline.Pipeline;
import org.parley.store.Store;
import org.parley.store.StoreConfig;

/**
 * End-to-end throughput of Parley (ingest + analysis) against bare CoreNLP with the same annotators on the same
 * texts, in one process, so the ratio does not depend on the machine's mood. Prints a Markdown report.
 *
 * <p>Usage: {@code Throughput [--repeat N] [--copies 1,2,4] INPUT...} (files or folders, as for
 * {@code parley ingest}); {@code --copies} lists the input sizes of the scaling table.
 */
public final class Throughput {

    private Throughput() {
    }

    public static void main(String[] args) throws Exception {
        int repeat = 3;
        int[] copiesList = {1, 2, 4};
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--repeat")) {
                repeat = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--copies")) {
                copiesList = java.util.Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
            } else {
                inputs.add(args[i]);
            }
        }
        if (inputs.isEmpty()) {
            System.err.println("usage: Throughput [--repeat N] [--copies 1,2,4] INPUT...");
            System.exit(2);
        }
        var report = new StringBuilder();
        Ingest ingest = Ingest.builder().build();
        long t0 = System.nanoTime();
        List<Article> articles = read(ingest, inputs);
        double ingestColdSeconds = seconds(t0);
        List<Article> english = articles.stream().filter(Article::isEnglish).toList();
        long chars = english.stream().mapToLong(a -> a.text().length()).sum();

        long loadStart = System.nanoTime();
        // The baseline runs the CoreNLP annotators Parley's corenlp component runs (no SUTime: Parley tags time
        // itself); the SUTime pipeline is Parley before its own time tagger, measured in the same rounds.
        CoreNlp coreNlp = CoreNlp.builder().sutime(false).build();
        Pipeline pipeline = Analysis.pipeline();
        Pipeline withSutime = Analysis.pipeline(Pipeline.DEFAULT_MAX_CHARS, Analysis.TimeTagging.SUTIME);
        coreNlp.annotateBare("Talks resumed in Istanbul on Monday.", Optional.empty()); // models load on first use
        double loadSeconds = seconds(loadStart);
        long heapModels = usedHeapAfterGc();

        // Warm-up: JIT and SUTime caches, one pass of each, and one over worker threads.
        english.forEach(a -> coreNlp.annotateBare(a.text(), a.published()));
        english.forEach(pipeline::run);
        english.forEach(withSutime::run);
        runParallel(pipeline, english, 2);

        t0 = System.nanoTime();
        for (int r = 0; r < repeat; r++) {
            read(ingest, inputs);
        }
        double ingestSeconds = seconds(t0) / repeat;

        // Bare CoreNLP and Parley alternate article by article, so both see the same JIT state, heap and machine
        // load; each figure is the median over the rounds.
        double[] bareRuns = new double[repeat];
        double[] parleyRuns = new double[repeat];
        double[] sutimeRuns = new double[repeat];
        long bareTokens = 0;
        long tokens = 0;
        resetPeaks();
        for (int r = 0; r < repeat; r++) {
            bareTokens = 0;
            tokens = 0;
            long bareNanos = 0;
            long parleyNanos = 0;
            long sutimeNanos = 0;
            for (Article a : english) {
                long start = System.nanoTime();
                bareTokens += coreNlp.annotateBare(a.text(), a.published());
                long middle = System.nanoTime();
                tokens += pipeline.run(a).get(Tokens.class).items().size();
                long end = System.nanoTime();
                withSutime.run(a);
                sutimeNanos += System.nanoTime() - end;
                parleyNanos += end - middle;
                bareNanos += middle - start;
            }
            bareRuns[r] = bareNanos / 1e9;
            parleyRuns[r] = parleyNanos / 1e9;
            sutimeRuns[r] = sutimeNanos / 1e9;
        }
        long oneThreadPeak = peakHeap();
        double bareSeconds = median(bareRuns);
        double parleySeconds = median(parleyRuns);
        double sutimeSeconds = median(sutimeRuns);

        report.append(String.format(Locale.ROOT, "CoreNLP: %s; Java %s; %d cores; max heap %d MiB%n%n",
                CoreNlp.version(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20));
        report.append(String.format(Locale.ROOT,
                "Input: %s: %d articles read (%d English, analysed), %,d chars, %,d tokens; median of %d rounds"
                        + " (bare CoreNLP and Parley alternating article by article) after one warm-up round; ingest:"
                        + " mean of %6$d runs.%n%n", String.join(" ", inputs), articles.size(), english.size(), chars,
                tokens, repeat));
        report.append("| run (one thread) | seconds | articles/s | tokens/s | chars/s | ratio to bare CoreNLP |\n");
        report.append("|---|---|---|---|---|---|\n");
        row(report, "bare CoreNLP (tokenize..ner, the annotators Parley runs)", bareSeconds, english.size(),
                bareTokens, chars, bareSeconds);
        row(report, "Parley analysis (pipeline.run: corenlp, time, paragraphs)", parleySeconds, english.size(), tokens,
                chars, bareSeconds);
        row(report, "Parley analysis with SUTime instead of Parley's time tagger", sutimeSeconds, english.size(),
                tokens, chars, bareSeconds);
        row(report, "Parley ingest (read, clean, date, language)", ingestSeconds, articles.size(), tokens, chars,
                bareSeconds);
        row(report, "Parley ingest + analysis", ingestSeconds + parleySeconds, english.size(), tokens, chars,
                bareSeconds);
        report.append(String.format(Locale.ROOT, "%nEach round, seconds (bare / Parley / Parley with SUTime): %s / %s"
                + " / %s%n%n", java.util.Arrays.toString(round(bareRuns)), java.util.Arrays.toString(round(parleyRuns)),
                java.util.Arrays.toString(round(sutimeRuns))));

        report.append("Scaling with input size and threads: ingest + analysis + store of the same articles"
                + " (repeated copies, each run into a fresh DuckDB store), the way `parley ingest` ran before this"
                + " version (chunks of " + CHUNK + " articles: read a chunk, analyse it on the workers, wait for all,"
                + " store one transaction per article) and as it runs now (one stream with bounded queues:"
                + " workers pick the next article while results are written in batches of " + WRITE_BATCH + "):\n\n");
        report.append("| copies | threads | articles | chunked: seconds | articles/s | streaming: seconds | articles/s"
                + " | streaming / chunked (time) | peak heap MiB |\n");
        report.append("|---|---|---|---|---|---|---|---|---|\n");
        Path scratch = Files.createTempDirectory("parley-bench");
        int run = 0;
        for (int copies : copiesList) {
            for (int threads : new int[] {1, 2}) {
                List<String> many = new ArrayList<>();
                for (int c = 0; c < copies; c++) {
                    many.addAll(inputs);
                }
                resetPeaks();
                t0 = System.nanoTime();
                int n = chunked(ingest, pipeline, many, threads, scratch.resolve("c" + run + ".duckdb"));
                double chunkedSeconds = seconds(t0);
                t0 = System.nanoTime();
                int m = streaming(ingest, pipeline, many, threads, scratch.resolve("s" + run + ".duckdb"));
                double streamingSeconds = seconds(t0);
                run++;
                report.append(String.format(Locale.ROOT, "| %d | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %d |%n",
                        copies, threads, n, chunkedSeconds, n / chunkedSeconds, streamingSeconds,
                        m / streamingSeconds, streamingSeconds / chunkedSeconds, peakHeap() >> 20));
            }
        }
        report.append('\n');
        report.append(String.format(Locale.ROOT, "Model loading: %.1f s. Heap used after loading models (after GC): %d MiB."
                + " Peak heap during the one-thread rounds (both alternating): %d MiB."
                + " First (cold) ingest of the inputs: %.2f s.%n", loadSeconds, heapModels >> 20, oneThreadPeak >> 20,
                ingestColdSeconds));
        System.out.print(report);
    }

    static final int CHUNK = 200;
    static final int WRITE_BATCH = 32;

    /**
     * The ingest loop of the previous version: chunks of articles analysed together, the workers idle while a chunk
     * drains and while it is stored, one transaction per article. Articles are distinct per copy (a copy number is
     * appended to the text), so every one is new to the store.
     */
    private static int chunked(Ingest ingest, Pipeline pipeline, List<String> inputs, int threads, Path db)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int stored = 0;
        try (Store store = Store.open(StoreConfig.duckdb(db))) {
            List<Article> chunk = new ArrayList<>();
            int copy = 0;
            for (String input : inputs) {
                copy++;
                for (Article a : distinct(read(ingest, List.of(input)), copy)) {
                    chunk.add(a);
                    if (chunk.size() == CHUNK) {
                        stored += analyseAndStore(pool, pipeline, chunk, store);
                        chunk.clear();
                    }
                }
            }
            stored += analyseAndStore(pool, pipeline, chunk, store);
        } finally {
            pool.shutdownNow();
        }
        return stored;
    }

    private static int analyseAndStore(ExecutorService pool, Pipeline pipeline, List<Article> chunk, Store store)
            throws Exception {
        List<Future<Document>> futures = new ArrayList<>();
        for (Article a : chunk) {
            futures.add(pool.submit(() -> pipeline.run(a)));
        }
        for (Future<Document> f : futures) {
            store.put(f.get());
        }
        return chunk.size();
    }

    /** The ingest loop of this version, through {@link Analysis#analyzer} and batched {@link Store#putAll}. */
    private static int streaming(Ingest ingest, Pipeline pipeline, List<String> inputs, int threads, Path db) {
        int[] stored = {0};
        try (Store store = Store.open(StoreConfig.duckdb(db));
                Analyzer analyzer = Analysis.analyzer(pipeline, threads)) {
            List<Document> pending = new ArrayList<>();
            java.util.function.Consumer<Document> write = doc -> {
                pending.add(doc);
                if (pending.size() >= WRITE_BATCH) {
                    stored[0] += store.putAll(pending).size();
                    pending.clear();
                }
            };
            int copy = 0;
            for (String input : inputs) {
                copy++;
                for (Article a : distinct(read(ingest, List.of(input)), copy)) {
                    analyzer.submit(Document.of(a), write);
                }
            }
            analyzer.finish(write);
            stored[0] += store.putAll(pending).size();
        }
        return stored[0];
    }

    /** The English articles of one copy, made distinct from other copies (new id) without changing the analysis. */
    private static List<Article> distinct(List<Article> articles, int copy) {
        return articles.stream().filter(Article::isEnglish)
                .map(a -> new Article(a.id() + "-" + copy, a.source(), a.outlet(), a.agency(), a.url(), a.title(),
                        a.published(), a.publishedFrom(), a.fetched(), a.language(), a.text(), a.problems()))
                .toList();
    }

    private static long runParallel(Pipeline pipeline, List<Article> batch, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Document>> futures = new ArrayList<>();
            for (Article a : batch) {
                futures.add(pool.submit(() -> pipeline.run(a)));
            }
            long tokens = 0;
            for (Future<Document> f : futures) {
                tokens += f.get().get(Tokens.class).items().size();
            }
            return tokens;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void row(StringBuilder sb, String name, double seconds, int articles, long tokens, long chars,
                            double bareSeconds) {
        sb.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %,.0f | %,.0f | %.2f |%n", name, seconds,
                articles / seconds, tokens / seconds, chars / seconds, seconds / bareSeconds));
    }

    private static List<Article> read(Ingest ingest, List<String> inputs) {
        List<Article> out = new ArrayList<>();
        for (String input : inputs) {
            if (!input.startsWith("http") && !Files.exists(Path.of(input))) {
                throw new IllegalArgumentException("no such input: " + input);
            }
            try (Stream<IngestResult> s = ingest.read(input)) {
                s.forEach(r -> {
                    if (r instanceof IngestResult.Accepted a) {
                        out.add(a.article());
                    }
                });
            }
        }
        return out;
    }

    private static double[] round(double[] values) {
        return java.util.Arrays.stream(values).map(v -> Math.round(v * 100) / 100.0).toArray();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long usedHeapAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /**
     * Starts a new peak. No GC here: a forced full GC shrinks the heap and slows the next seconds of work three-fold
     * (measured), so the peak includes garbage, as the process really needs it.
     */
    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the last reset (live data and garbage): an upper bound of the heap used. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
