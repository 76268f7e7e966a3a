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
import org.parley.link.Link;
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
    private final UrlPolicy urls;

    Jobs(Store store, Catalog catalog, int threads, UrlPolicy urls) {
        this.urls = urls;
        this.store = store;
        this.catalog = catalog;
        this.threads = threads;
        this.pipeline = Analysis.pipeline();
    }

    /** Queues reading an http(s) URL (an article or a feed). */
    Status url(String url) {
        return submit(url, Optional.empty());
    }

    /**
     * Queues a posted article: its title (first line) and body, read as a text file. Its source is
     * {@code api:POST NAME} when the client names it, else {@code api:POST sha256:} and the start of the content's
     * hash: something a reader can trace, never the temporary file it was read from.
     */
    Status text(Optional<String> title, Optional<String> name, String body) {
        String content = title.map(t -> t.strip() + "\n\n").orElse("") + body;
        String source = "api:POST " + name.map(String::strip).filter(n -> !n.isEmpty())
                .orElseGet(() -> "sha256:" + sha256(content).substring(0, 16));
        return submit(source, Optional.of(content));
    }

    static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** A posted article as read from its temporary file, with the job's source in place of the file's path. */
    static Article relabel(Article a, String path, String source) {
        List<Problem> problems = a.problems().stream().map(p -> p.input().equals(path)
                ? new Problem(p.code(), p.message(), source, p.span()) : p).toList();
        return new Article(a.id(), source, a.outlet(), a.agency(), a.url(), a.title(), a.published(),
                a.publishedFrom(), a.fetched(), a.language(), a.text(), problems);
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
        /** The temporary file a posted text is read from; only the runner's thread uses it. */
        private Path tmp;

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
            try {
                String source = input;
                if (content.isPresent()) {
                    tmp = Files.createTempFile("parley-posted-", ".txt");
                    Files.writeString(tmp, content.get(), StandardCharsets.UTF_8);
                    source = tmp.toString();
                }
                Map<String, Boolean> seen = new HashMap<>();
                try (Stream<IngestResult> results = Ingest.builder().refuseFetch(urls::refusal).build().read(source)) {
                    results.forEachOrdered(r -> accept(r, seen));
                }
                if (analyzer != null) {
                    analyzer.finish(this::write);
                }
                if (changedAny()) {
                    // As parley ingest: the cross-article timeline is made anew over the store once the job's
                    // articles are in, never per article.
                    Link.builder().build().updateTimeline(store);
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

        private synchronized boolean changedAny() {
            return created + updated > 0;
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
            Article read = ((IngestResult.Accepted) r).article();
            Article a = tmp == null ? read : relabel(read, tmp.toString(), input);
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
