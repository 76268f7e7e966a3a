package org.parley.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.parley.analysis.Analysis;
import org.parley.analysis.Analyzer;
import org.parley.ingest.Ingest;
import org.parley.ingest.IngestResult;
import org.parley.model.Article;
import org.parley.model.Document;
import org.parley.model.Problem;
import org.parley.model.Stamp;
import org.parley.pipeline.Pipeline;
import org.parley.store.PutResult;
import org.parley.store.Store;
import org.parley.store.StoreException;

/**
 * Ingest jobs: each reads one input (a posted text, an article URL or a feed URL), analyses what is new or changed
 * and stores it, as {@code parley ingest} does, on one background thread, one job after the other (the store has one
 * writer). Their progress is kept for the last {@link #KEPT} jobs.
 */
final class Jobs implements AutoCloseable {

    static final int KEPT = 200;

    enum State { QUEUED, RUNNING, DONE, FAILED }

    record Rejection(String code, String input, String message) {
    }

    /** What a client polls. */
    record Status(String id, State state, String input, int read, int created, int updated, int unchanged,
            List<Rejection> rejected, List<String> articles, String error, Instant submitted, Instant finished) {
    }

    private final Store store;
    private final Catalog catalog;
    private final Pipeline pipeline;
    private final int threads;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "parley-ingest-job");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    Jobs(Store store, Catalog catalog, int threads) {
        this.store = store;
        this.catalog = catalog;
        this.threads = threads;
        this.pipeline = Analysis.pipeline();
    }

    /** Queues reading an http(s) URL (an article or a feed). */
    Status url(String url) {
        return submit(url, Optional.empty());
    }

    /** Queues a posted article: its title (first line) and body, read as a text file. */
    Status text(Optional<String> title, String body) {
        String content = title.map(t -> t.strip() + "\n\n").orElse("") + body;
        return submit("posted text", Optional.of(content));
    }

    synchronized Optional<Status> status(String id) {
        return Optional.ofNullable(jobs.get(id)).map(Job::status);
    }

    private synchronized Status submit(String input, Optional<String> content) {
        Job job = new Job(UUID.randomUUID().toString(), input, content);
        jobs.put(job.id, job);
        if (jobs.size() > KEPT) {
            jobs.remove(jobs.keySet().iterator().next());
        }
        runner.submit(job::run);
        return job.status();
    }

    @Override
    public void close() {
        runner.shutdownNow();
        try {
            // A job between two writes stops at the next; the store closes after it.
            runner.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One job; its counters are read by pollers while the runner writes them, hence the locking. */
    private final class Job {
        final String id;
        final String input;
        final Optional<String> content;
        final Instant submitted = Instant.now();
        State state = State.QUEUED;
        int read;
        int created;
        int updated;
        int unchanged;
        final List<Rejection> rejected = new ArrayList<>();
        final List<String> articles = new ArrayList<>();
        String error;
        Instant finished;
        private Analyzer analyzer;

        Job(String id, String input, Optional<String> content) {
            this.id = id;
            this.input = input;
            this.content = content;
        }

        synchronized Status status() {
            return new Status(id, state, input, read, created, updated, unchanged, List.copyOf(rejected),
                    List.copyOf(articles), error, submitted, finished);
        }

        void run() {
            synchronized (this) {
                state = State.RUNNING;
            }
            Path tmp = null;
            try {
                String source = input;
                if (content.isPresent()) {
                    tmp = Files.createTempFile("parley-posted-", ".txt");
                    Files.writeString(tmp, content.get(), StandardCharsets.UTF_8);
                    source = tmp.toString();
                }
                Map<String, Boolean> seen = new HashMap<>();
                try (Stream<IngestResult> results = Ingest.builder().build().read(source)) {
                    results.forEachOrdered(r -> accept(r, seen));
                }
                if (analyzer != null) {
                    analyzer.finish(this::write);
                }
                finish(State.DONE, null);
            } catch (IOException | RuntimeException e) {
                finish(State.FAILED, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            } finally {
                if (analyzer != null) {
                    analyzer.close();
                }
                if (tmp != null) {
                    try {
                        Files.deleteIfExists(tmp);
                    } catch (IOException e) {
                        // a leftover temporary file is harmless
                    }
                }
                catalog.changed();
            }
        }

        private synchronized void finish(State s, String why) {
            state = s;
            error = why;
            finished = Instant.now();
        }

        /** As parley ingest: an article stored with the same content and a current analysis is not analysed. */
        private void accept(IngestResult r, Map<String, Boolean> seen) {
            synchronized (this) {
                read++;
            }
            if (r instanceof IngestResult.Rejected rej) {
                reject(rej.problem());
                return;
            }
            Article a = ((IngestResult.Accepted) r).article();
            if (seen.putIfAbsent(a.id(), true) != null) {
                return; // read twice in one input: the first one counts
            }
            Optional<Article> before = store.article(a.id()).filter(a::sameContent);
            if (before.isPresent()) {
                List<Stamp> stamps = store.stamps(a.id());
                if (pipeline.isCurrent(stamps, a)) {
                    synchronized (this) {
                        unchanged++;
                        articles.add(a.id());
                    }
                    return;
                }
                Document current = pipeline.upToDate(stamps) == 0 ? Document.of(before.get())
                        : store.get(a.id()).orElseThrow();
                analyzer().submit(current, this::write);
                return;
            }
            analyzer().submit(Document.of(a), this::write);
        }

        private void write(Document doc) {
            PutResult result;
            try {
                result = store.put(doc);
            } catch (StoreException e) {
                reject(Problem.of("store.failed", doc.article().source(), e.getMessage()));
                return;
            }
            synchronized (this) {
                switch (result) {
                    case NEW -> created++;
                    case UPDATED -> updated++;
                    default -> unchanged++;
                }
                articles.add(doc.article().id());
            }
            catalog.changed(doc.article().id());
        }

        private synchronized void reject(Problem p) {
            // The temporary file's path means nothing to the client.
            String shown = content.isPresent() ? input : p.input();
            rejected.add(new Rejection(p.code(), shown, p.message()));
        }

        private Analyzer analyzer() {
            if (analyzer == null) {
                analyzer = Analysis.analyzer(pipeline, threads);
            }
            return analyzer;
        }
    }
}
