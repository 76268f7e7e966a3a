package org.parley.server;

import static org.parley.server.Params.filter;
import static org.parley.server.Params.limit;
import static org.parley.server.Params.offset;
import static org.parley.server.Params.text;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every route of the server, in one place; each handler is one short lambda that hands the work to the catalog, the
 * jobs or the pages. The API routes are recorded in {@link #api()} so a test can hold them against the OpenAPI
 * document.
 */
final class Routes {

    /** One API route, as OpenAPI names it ({@code /api/articles/{id}}). */
    record Endpoint(String method, String path) {
    }

    private final Javalin app;
    private final List<Endpoint> api = new ArrayList<>();

    private Routes(Javalin app) {
        this.app = app;
    }

    static Routes install(Javalin app, Catalog catalog, TimelineView timeline, Jobs jobs, Auth auth,
            UrlPolicy urls, String openapi) {
        Routes r = new Routes(app);
        // Reading: open to all.
        r.api("GET", "/api/articles", ctx -> Json.send(ctx, catalog.articles(filter(ctx), limit(ctx, 50),
                offset(ctx))));
        r.api("GET", "/api/articles/{id}", ctx -> Json.send(ctx, Catalog.analysis(Lookup.document(catalog,
                ctx.pathParam("id")))));
        r.api("GET", "/api/outlets", ctx -> Json.send(ctx, Map.of("items", catalog.outlets())));
        r.api("GET", "/api/search", ctx -> Json.send(ctx, Map.of("query", Params.required(ctx, "q"), "items",
                catalog.search(Params.required(ctx, "q"), limit(ctx, 20)))));
        r.api("GET", "/api/layers", ctx -> Json.send(ctx, Map.of("items", catalog.layers())));
        r.api("GET", "/api/layers/{name}", ctx -> Json.send(ctx, Lookup.layer(catalog, ctx.pathParam("name"),
                filter(ctx), limit(ctx, 100), offset(ctx))));
        // Who is named and who said what, joined across articles.
        r.api("GET", "/api/actors", ctx -> Json.send(ctx, catalog.voices().actors(text(ctx, "q"), text(ctx, "kind"),
                limit(ctx, 100), offset(ctx))));
        r.api("GET", "/api/actors/{id}", ctx -> Json.send(ctx, Lookup.actor(catalog, ctx.pathParam("id"))));
        r.api("GET", "/api/quotes", ctx -> Json.send(ctx, catalog.voices().quotes(Params.quoteFilter(ctx),
                limit(ctx, 50), offset(ctx))));
        // Views of layers other engineers are adding: they answer from whatever the store holds.
        r.api("GET", "/api/statements", ctx -> Json.send(ctx, Lookup.layer(catalog, "statements", filter(ctx),
                limit(ctx, 100), offset(ctx))));
        // The dates the articles name, and the stored cross-article timeline of negotiation events.
        r.api("GET", "/api/dates", ctx -> Json.send(ctx, catalog.timeline(filter(ctx), text(ctx, "kind"),
                limit(ctx, 200), offset(ctx))));
        r.api("GET", "/api/timeline", ctx -> Json.send(ctx, timeline.timeline(Params.timelineQuery(ctx),
                Params.zoom(ctx), limit(ctx, 200), offset(ctx))));
        r.api("GET", "/api/events", ctx -> Json.send(ctx, timeline.events(Params.timelineQuery(ctx), limit(ctx, 100),
                offset(ctx))));
        r.api("GET", "/api/events/{id}", ctx -> Json.send(ctx, Lookup.event(timeline, ctx.pathParam("id"))));
        // The narratives the articles push, joined across them.
        r.api("GET", "/api/narratives", ctx -> Json.send(ctx, catalog.narratives(Params.narrativeFilter(ctx))));
        r.api("GET", "/api/jobs/{id}", ctx -> Json.send(ctx, jobs.status(ctx.pathParam("id")).orElseThrow(
                () -> ApiException.notFound("no ingest job " + ctx.pathParam("id")))));
        // Writing: only with the token.
        r.api("POST", "/api/ingest", ctx -> Lookup.accepted(ctx, Lookup.ingest(jobs, urls, auth.check(ctx), ctx.body())));
        r.api("GET", "/openapi", ctx -> Json.send(ctx, openapi));

        // Pages.
        app.get("/", ctx -> ctx.html(Pages.list(catalog, filter(ctx), limit(ctx, 25), offset(ctx)).toString()));
        app.get("/articles/{id}", ctx -> ctx.html(Pages.article(Lookup.document(catalog, ctx.pathParam("id")))
                .toString()));
        app.get("/dates", ctx -> ctx.html(Pages.timeline(catalog, filter(ctx), text(ctx, "kind"), limit(ctx, 200),
                offset(ctx)).toString()));
        app.get("/timeline", ctx -> ctx.html(EventPages.timeline(timeline, Params.timelineQuery(ctx),
                Params.zoom(ctx), limit(ctx, 100), offset(ctx)).toString()));
        app.get("/events/{id}", ctx -> ctx.html(EventPages.event(catalog, Lookup.event(timeline,
                ctx.pathParam("id"))).toString()));
        app.get("/quotes", ctx -> ctx.html(VoicePages.quotes(catalog, Params.quoteFilter(ctx), limit(ctx, 25),
                offset(ctx)).toString()));
        app.get("/actors", ctx -> ctx.html(VoicePages.actors(catalog, text(ctx, "q"), text(ctx, "kind"),
                limit(ctx, 50), offset(ctx)).toString()));
        app.get("/actors/{id}", ctx -> ctx.html(VoicePages.actor(Lookup.actor(catalog, ctx.pathParam("id")))
                .toString()));
        app.get("/narratives", ctx -> ctx.html(NarrativePages.narratives(catalog, Params.narrativeFilter(ctx))
                .toString()));
        app.get("/search", ctx -> ctx.html(Pages.search(catalog, text(ctx, "q"), limit(ctx, 20)).toString()));
        return r;
    }

    private void api(String method, String path, Handler handler) {
        api.add(new Endpoint(method, path));
        app.addHttpHandler(HandlerType.valueOf(method), path, handler);
    }

    List<Endpoint> api() {
        return List.copyOf(api);
    }

}
