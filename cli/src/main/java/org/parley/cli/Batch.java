package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.parley.model.Article;
import org.parley.model.Document;
import org.parley.model.Problem;
import org.parley.pipeline.Pipeline;

/**
 * Analyses articles on a few worker threads over one shared pipeline and hands the results back in input order,
 * so output and store writes are deterministic whatever the thread timing.
 */
final class Batch implements AutoCloseable {

    private final Pipeline pipeline;
    private final ExecutorService workers;

    Batch(Pipeline pipeline, int threads) {
        if (threads < 1) {
            throw new Errors.UserError("--threads must be at least 1, not " + threads);
        }
        this.pipeline = pipeline;
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-analysis");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs the pipeline over {@code articles}; {@code sink} receives each document in input order. */
    void analyse(List<Article> articles, Consumer<Document> sink) {
        List<Future<Document>> pending = new ArrayList<>(articles.size());
        for (Article a : articles) {
            pending.add(workers.submit(() -> pipeline.run(a)));
        }
        for (Future<Document> f : pending) {
            sink.accept(join(f));
        }
    }

    private static Document join(Future<Document> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing", e);
        } catch (ExecutionException e) {
            // The pipeline turns component failures into problems, so anything here is a bug.
            throw new IllegalStateException("analysis failed", e.getCause());
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** Counts for the closing summary of a run. */
    static final class Tally {
        int read;
        int created;
        int updated;
        int unchanged;
        int flagged;
        int duplicates;
        final List<Problem> rejected = new ArrayList<>();

        /** Rejection counts by problem code, sorted for a stable summary. */
        Map<String, Integer> rejectedByCode() {
            Map<String, Integer> m = new TreeMap<>();
            rejected.forEach(p -> m.merge(p.code(), 1, Integer::sum));
            return m;
        }

        String summary() {
            return String.format("read %d, new %d, updated %d, unchanged %d, rejected %d%s%s", read, created, updated,
                    unchanged, rejected.size(), duplicates == 0 ? "" : ", duplicates skipped " + duplicates,
                    flagged == 0 ? "" : " (" + flagged + " stored but not analysed)");
        }
    }
}
