package org.parley.analysis;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.parley.model.Document;
import org.parley.pipeline.Pipeline;

/**
 * Runs a pipeline over a stream of documents on worker threads and hands results back in input order. The caller
 * submits as it reads; at most a window of documents is in flight, so memory stays flat on any input size, and
 * workers never wait for a batch to fill or drain: while the caller writes one result, the others work on.
 *
 * <p>A watchdog bounds the time of each article: one still running after the limit is given up (its document comes
 * back unanalysed with an {@code analysis.timeout} problem) and the batch goes on. Java cannot stop a thread that
 * ignores interruption, as CoreNLP does, so the runaway worker is left to finish on its own and a fresh worker takes
 * its place. After {@link #MAX_ABANDONED} of them the analyzer stops analysing rather than pile up threads: the
 * documents still to come pass through unanalysed, each with an {@code analysis.stopped} problem, in order.
 *
 * <p>Not thread-safe: one thread submits and receives. The pipeline itself is shared by the workers.
 */
public final class Analyzer implements AutoCloseable {

    /** Runaway workers tolerated before the analyzer refuses more work. */
    static final int MAX_ABANDONED = 8;

    private final Pipeline pipeline;
    private final ThreadPoolExecutor workers;
    private final int threads;
    private final int window;
    private final Duration limit;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private int abandoned;

    private record Pending(Document doc, Future<Document> result, AtomicLong started) {
    }

    Analyzer(Pipeline pipeline, int threads, int window, Duration limit) {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(limit, "limit");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (window < threads) {
            throw new IllegalArgumentException("window " + window + " is smaller than threads " + threads);
        }
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("the time limit per article must be positive, was " + limit);
        }
        this.pipeline = pipeline;
        this.threads = threads;
        this.window = window;
        this.limit = limit;
        this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
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
        AtomicLong started = new AtomicLong();
        if (abandoned >= MAX_ABANDONED) {
            started.set(System.nanoTime());
            pending.add(new Pending(doc, CompletableFuture.completedFuture(Pipeline.skipped(doc.article(),
                    "analysis.stopped", "not analysed: " + abandoned + " articles ran over the time limit of "
                            + limit.toSeconds() + " s in this run and their workers are still busy")), started));
        } else {
            pending.add(new Pending(doc, workers.submit(() -> {
                started.set(System.nanoTime());
                return pipeline.update(doc);
            }), started));
        }
        while (pending.size() > window || (!pending.isEmpty() && pending.peek().result().isDone())) {
            sink.accept(join(pending.poll()));
        }
    }

    /** Waits for every queued document and hands them to {@code sink} in order. */
    public void finish(Consumer<Document> sink) {
        while (!pending.isEmpty()) {
            sink.accept(join(pending.poll()));
        }
    }

    private Document join(Pending p) {
        try {
            while (true) {
                long started = p.started().get();
                // Until the article starts, wait in short steps: its time counts from its start, not its queueing.
                long waitNanos = started == 0 ? TimeUnit.MILLISECONDS.toNanos(200)
                        : limit.toNanos() - (System.nanoTime() - started);
                if (waitNanos <= 0) {
                    return giveUp(p);
                }
                try {
                    return p.result().get(waitNanos, TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // loop: either not started yet, or over the limit now
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing", e);
        } catch (ExecutionException e) {
            // The pipeline turns component failures into problems, so anything here is a bug.
            throw new IllegalStateException("analysis failed", e.getCause());
        }
    }

    private Document giveUp(Pending p) throws InterruptedException, ExecutionException {
        if (p.result().isDone()) {
            return p.result().get();
        }
        p.result().cancel(true);
        abandoned++;
        // The runaway thread still holds its pool slot; one more slot keeps the others' throughput.
        workers.setMaximumPoolSize(threads + abandoned);
        workers.setCorePoolSize(threads + abandoned);
        return Pipeline.skipped(p.doc().article(), "analysis.timeout", "skipped: analysis took over "
                + limit.toSeconds() + " s (limit per article)");
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
