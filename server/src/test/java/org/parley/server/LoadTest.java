package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A bounded load test on loopback, run on demand only (tag {@code load}, left out of the normal suite):
 * <pre>
 * ./mvnw -B -q test -pl server -am -Dtest=LoadTest -Dparley.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * For each endpoint, {@link #CLIENTS} client threads send requests back to back for {@link #SECONDS} seconds over
 * the example store; it reports requests/s, p50 and p99, first alone, then while an ingest job analyses posted
 * articles one after the other. Figures go to stdout and {@code target/load.txt}. {@code -Dload.only=timeline}
 * measures the stored timeline's endpoints and pages (filtered in turn by dates, type, place and actor) beside the
 * article list and one article; {@code -Dload.only=filtered} the filtered article list from each source.
 */
@Tag("load")
class LoadTest {

    static final int CLIENTS = Integer.getInteger("load.clients", 4);
    static final int SECONDS = Integer.getInteger("load.seconds", 10);
    static final String TOKEN = "load-token-0123456789abcdef";
    /** Unanalysed articles added to the example store before the run, to see what a larger store costs. */
    static final int EXTRA = Integer.getInteger("load.extra", 0);
    /** "filtered": only the filtered list, from each {@link Catalog.ListSource}; "timeline": the timeline's routes. */
    static final String ONLY = System.getProperty("load.only", "");

    record Result(String name, int requests, double perSecond, double p50, double p99, int errors, int gone) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-34s %7d req %8.1f req/s  p50 %6.2f ms  p99 %7.2f ms  errors %d"
                    + "  404 %d", name, requests, perSecond, p50, p99, errors, gone);
        }
    }

    @Test
    void measure() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("cores " + Runtime.getRuntime().availableProcessors() + ", " + CLIENTS + " clients, " + SECONDS
                + " s per endpoint, loopback, example store (" + Fixture.ARTICLES + " articles" + (EXTRA > 0 ? " and " + EXTRA
                + " unanalysed ones" : "") + ")");
        org.parley.store.StoreConfig config = Fixture.copy();
        if (EXTRA > 0) {
            try (org.parley.store.Store store = org.parley.store.Store.open(config)) {
                for (int from = 0; from < EXTRA; from += 500) {
                    List<org.parley.model.Document> batch = new ArrayList<>();
                    for (int i = from; i < Math.min(EXTRA, from + 500); i++) {
                        batch.add(synthetic(i));
                    }
                    store.putAll(batch);
                }
            }
        }
        try (ParleyServer server = ParleyServer.start(ServerConfig.of(config).withPort(0)
                .withIngestToken(TOKEN).withAnalysisThreads(1))) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            JsonNode list = ApiTest.parse(Fixture.get(server, "/api/articles?limit=500").body());
            List<String> ids = new ArrayList<>();
            list.get("items").forEach(i -> ids.add(i.get("id").asText()));
            List<String> actors = new ArrayList<>();
            ApiTest.parse(Fixture.get(server, "/api/actors?limit=10").body()).get("items")
                    .forEach(a -> actors.add(ApiTest.enc(a.get("id").asText())));
            List<String> events = new ArrayList<>();
            List<String> eventFilters = new ArrayList<>(List.of("", "from=2022-01-01&to=2022-12-31",
                    "type=prisoner_exchange", "place=Istanbul", "from=2025-05-01&to=2025-05-31&type=talks_round"));
            ApiTest.parse(Fixture.get(server, "/api/events?limit=500").body()).get("items").forEach(e -> {
                events.add(e.get("id").asText());
                e.get("parties").forEach(a -> {
                    if (eventFilters.size() < 8) {
                        eventFilters.add("actor=" + ApiTest.enc(a.get("id").asText()));
                    }
                });
            });
            for (boolean ingesting : new boolean[] {false, true}) {
                AtomicBoolean stop = new AtomicBoolean();
                Thread ingest = ingesting ? ingestForever(server, http, stop) : null;
                String suffix = ingesting ? " +ingest" : "";
                if (ONLY.equals("timeline")) {
                    // The stored timeline and the article endpoints beside it.
                    lines.add(run(server, http, "GET /api/timeline" + suffix, i -> "/api/timeline?limit=100&"
                            + eventFilters.get(i % eventFilters.size())));
                    lines.add(run(server, http, "GET /api/events filtered" + suffix, i -> "/api/events?limit=50&"
                            + eventFilters.get(i % eventFilters.size())));
                    lines.add(run(server, http, "GET /api/events/{id}" + suffix,
                            i -> "/api/events/" + events.get(i % events.size())));
                    lines.add(run(server, http, "GET /timeline (page)" + suffix, i -> "/timeline?"
                            + eventFilters.get(i % eventFilters.size())));
                    lines.add(run(server, http, "GET /events/{id} (page)" + suffix,
                            i -> "/events/" + events.get(i % events.size())));
                    lines.add(run(server, http, "GET /api/articles" + suffix, i -> "/api/articles?limit=20"));
                    lines.add(run(server, http, "GET /api/articles/{id}" + suffix,
                            i -> "/api/articles/" + ids.get(i % ids.size())));
                    stopIngest(ingest, stop, lines);
                    continue;
                }
                for (Catalog.ListSource source : Catalog.ListSource.values()) {
                    Catalog.listSource = source;
                    try {
                        lines.add(run(server, http, "GET /api/articles filtered " + source + suffix,
                                i -> "/api/articles?limit=20&" + FILTERS.get(i % FILTERS.size())));
                    } finally {
                        Catalog.listSource = Catalog.ListSource.AUTO;
                    }
                }
                if (ONLY.equals("filtered")) {
                    stopIngest(ingest, stop, lines);
                    continue;
                }
                lines.add(run(server, http, "GET /api/articles" + suffix, i -> "/api/articles?limit=20"));
                lines.add(run(server, http, "GET /api/articles/{id}" + suffix,
                        i -> "/api/articles/" + ids.get(i % ids.size())));
                lines.add(run(server, http, "GET /api/dates" + suffix, i -> "/api/dates?limit=100"));
                lines.add(run(server, http, "GET /api/timeline" + suffix, i -> "/api/timeline?limit=100"));
                lines.add(run(server, http, "GET /api/events/{id}" + suffix,
                        i -> "/api/events/" + events.get(i % events.size())));
                lines.add(run(server, http, "GET /articles/{id} (page)" + suffix,
                        i -> "/articles/" + ids.get(i % ids.size())));
                lines.add(run(server, http, "GET /api/quotes" + suffix, i -> "/api/quotes?limit=50"));
                lines.add(run(server, http, "GET /api/actors/{id}" + suffix, i -> "/api/actors/"
                        + actors.get(i % actors.size())));
                lines.add(run(server, http, "GET /quotes?speaker= (page)" + suffix, i -> "/quotes?speaker="
                        + actors.get(i % actors.size())));
                stopIngest(ingest, stop, lines);
            }
        }
        lines.forEach(System.out::println);
        Files.write(Path.of("target", "load.txt"), lines);
    }

    /** Filters of the article list, by outlet, language and dates, in turn. */
    static final List<String> FILTERS = List.of("language=en&from=2025-01-01", "outlet=Cobblestone+Times",
            "from=2022-02-01&to=2022-12-31", "language=uk", "outlet=Riverbend+Observer&to=2025-06-01");

    final AtomicInteger jobsDone = new AtomicInteger();

    private void stopIngest(Thread ingest, AtomicBoolean stop, List<String> lines) throws InterruptedException {
        if (ingest != null) {
            stop.set(true);
            ingest.join();
            lines.add("ingest jobs finished during the run: " + jobsDone.get());
        }
    }

    /** A short unanalysed article: outlets, languages and dates spread so the filters select parts of them. */
    static org.parley.model.Document synthetic(int i) {
        String text = "Synthetic article " + i + ": delegations met again and agreed to keep talking.";
        String[] outlets = {"Cobblestone Times", "Riverbend Observer", "Northwind Gazette", "Eastgate Monitor"};
        return org.parley.model.Document.of(new org.parley.model.Article(org.parley.model.ArticleId.fromText(text),
                "synthetic/" + i + ".txt", java.util.Optional.of(i % 5 == 4 ? "Outlet " + i % 50 : outlets[i % 5 % 4]),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.of("Synthetic " + i),
                java.util.Optional.of(java.time.LocalDate.of(2022, 1, 1).plusDays(i % 1400)),
                org.parley.model.PublishedFrom.METADATA, java.util.Optional.empty(), i % 10 == 3 ? "uk" : "en", text,
                List.of()));
    }

    /** Posts one new article at a time and waits for its job, so analysis keeps a core busy. */
    private Thread ingestForever(ParleyServer server, HttpClient http, AtomicBoolean stop) {
        Thread t = new Thread(() -> {
            int n = 0;
            while (!stop.get()) {
                String body = "{\"title\": \"Load " + n + "\", \"text\": \"ISTANBUL, May 16, 2025 (Parley Example Wire)"
                        + " — Rustem Umerov and Vladimir Medinsky met on Friday, round " + n++ + ", and agreed to "
                        + "exchange 1,000 prisoners each. Talks resume in June in Geneva, officials said.\"}";
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.uri().resolve("/api/ingest"))
                            .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers
                                    .ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    String location = r.headers().firstValue("Location").orElseThrow();
                    while (!stop.get()) {
                        String state = ApiTest.parse(http.send(HttpRequest.newBuilder(server.uri().resolve(location))
                                .build(), HttpResponse.BodyHandlers.ofString()).body()).get("state").asText();
                        if (state.equals("DONE") || state.equals("FAILED")) {
                            jobsDone.incrementAndGet();
                            break;
                        }
                        Thread.sleep(50);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }, "load-ingest");
        t.start();
        return t;
    }

    private String run(ParleyServer server, HttpClient http, String name,
            java.util.function.IntFunction<String> path) throws Exception {
        // Warm up (JIT, caches) before measuring.
        for (int i = 0; i < 50; i++) {
            http.send(HttpRequest.newBuilder(server.uri().resolve(path.apply(i))).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long end = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
        List<Future<long[]>> futures = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        // An event's id comes from its merged content: while ingest jobs rebuild the timeline, an event that gains
        // a party or a place gets a new id and its old one answers 404. Counted apart; any other status fails.
        AtomicInteger gone = new AtomicInteger();
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            futures.add(clients.submit(() -> {
                List<Long> own = new ArrayList<>();
                for (int i = client; System.nanoTime() < end; i += CLIENTS) {
                    URI uri = server.uri().resolve(path.apply(i));
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    own.add(System.nanoTime() - t0);
                    if (r.statusCode() == 404 && uri.getPath().contains("/events/")) {
                        gone.incrementAndGet();
                    } else if (r.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                }
                return own.stream().mapToLong(Long::longValue).toArray();
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            for (long v : f.get()) {
                all.add(v);
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        clients.shutdown();
        Collections.sort(all);
        assertThat(all).isNotEmpty();
        Result r = new Result(name, all.size(), all.size() / elapsed, all.get(all.size() / 2) / 1e6,
                all.get(Math.min(all.size() - 1, (int) Math.ceil(all.size() * 0.99) - 1)) / 1e6, errors.get(),
                gone.get());
        assertThat(r.errors()).isZero();
        return r.toString();
    }
}
