package org.parley.server;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.parley.store.Store;

/**
 * Parley's web server, the module's one entry point: a JSON API (described at {@code /openapi}) and server-rendered
 * pages over one store. Reading is open; {@code POST /api/ingest} needs the configured bearer token.
 *
 * <pre>{@code
 * try (ParleyServer server = ParleyServer.start(ServerConfig.of(StoreConfig.of("parley.duckdb")).withPort(0))) {
 *     URI base = server.uri();
 * }
 * }</pre>
 */
public final class ParleyServer implements AutoCloseable {

    static final String OPENAPI_RESOURCE = "/org/parley/server/openapi.json";

    private final Javalin app;
    private final Store store;
    private final Jobs jobs;
    private final Routes routes;
    private final String host;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private ParleyServer(Javalin app, Store store, Jobs jobs, Routes routes, String host) {
        this.app = app;
        this.store = store;
        this.jobs = jobs;
        this.routes = routes;
        this.host = host;
    }

    /**
     * Opens the store and starts listening.
     *
     * @throws org.parley.store.StoreException when the store cannot be opened
     * @throws IllegalStateException           when the port cannot be bound
     */
    public static ParleyServer start(ServerConfig config) {
        Objects.requireNonNull(config, "config");
        Store store = Store.open(config.store());
        try {
            Catalog catalog = new Catalog(store);
            // One policy for the URLs a caller posts and for every URL (and redirect) an ingest job fetches.
            UrlPolicy urls = new UrlPolicy(config.allowPrivateUrls());
            Jobs jobs = new Jobs(store, catalog, config.analysisThreads(), urls);
            Javalin app = Javalin.create(c -> {
                c.showJavalinBanner = false;
                c.staticFiles.add(s -> {
                    s.hostedPath = "/assets";
                    s.directory = "/org/parley/server/assets";
                    s.location = Location.CLASSPATH;
                });
                c.http.maxRequestSize = 4L * Lookup.MAX_POSTED_CHARS;
            });
            Errors.install(app);
            app.before(ctx -> {
                // Pages and API alike: no framing, no sniffing, no script or style from elsewhere.
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("X-Frame-Options", "DENY");
                ctx.header("Referrer-Policy", "no-referrer");
                ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "
                        + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
            });
            Routes routes = Routes.install(app, catalog, new TimelineView(store), jobs, new Auth(config.ingestToken()),
                    urls, openapi());
            app.start(config.host(), config.port());
            return new ParleyServer(app, store, jobs, routes, config.host());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The port listened on (the one picked when the configuration said 0). */
    public int port() {
        return app.port();
    }

    /** {@code http://host:port/}. */
    public URI uri() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + port() + "/");
    }

    /** The API routes, for the test that holds them against the OpenAPI document. */
    List<Routes.Endpoint> apiRoutes() {
        return routes.api();
    }

    /** Stops listening, stops the ingest jobs and closes the store. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        app.stop();
        jobs.close();
        store.close();
    }

    static String openapi() {
        try (InputStream in = ParleyServer.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            return new String(Objects.requireNonNull(in, OPENAPI_RESOURCE).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI document is part of this jar", e);
        }
    }
}
