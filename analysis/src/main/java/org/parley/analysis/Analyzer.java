package org.parley.analysis;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.parley.model.Document;
import org.parley.pipeline.Pipeline;

/**
 * Runs a pipeline over a stream of documents on worker threads and hands results back in input order. The caller
 * submits as it reads; at most a window of documents is in flight, so memory stays flat on any input size, and
 * workers never wait for a batch to fill or drain: while the caller writes one result, the others work on.
 *
 * <p>Not thread-safe: one thread submits and receives. The pipeline itself is shared by the workers.
 */
public final class Analyzer implements AutoCloseable {

    private final Pipeline pipeline;
    private final ExecutorService workers;
    private final int window;
    private final ArrayDeque<Future<Document>> pending = new ArrayDeque<>();

    Analyzer(Pipeline pipeline, int threads, int window) {
        Objects.requireNonNull(pipeline, "pipeline");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (window < threads) {
            throw new IllegalArgumentException("window " + window + " is smaller than threads " + threads);
        }
        this.pipeline = pipeline;
        this.window = window;
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-analysis");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Queues a document for analysis ({@link Pipeline#update}: a new article, or a stored analysis to bring up to
     * date), then hands {@code sink} every result that is ready in order, waiting only while the window is full.
     */
    public void submit(Document doc, Consumer<Document> sink) {
        pending.add(workers.submit(() -> pipeline.update(doc)));
        while (pending.size() > window || (!pending.isEmpty() && pending.peek().isDone())) {
            sink.accept(join(pending.poll()));
        }
    }

    /** Waits for every queued document and hands them to {@code sink} in order. */
    public void finish(Consumer<Document> sink) {
        while (!pending.isEmpty()) {
            sink.accept(join(pending.poll()));
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
}
