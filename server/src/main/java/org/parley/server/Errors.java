package org.parley.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.store.StoreException;

/**
 * The one place where failures become responses: every error is {@code {status, error, message}} (JSON under
 * {@code /api} and {@code /openapi}, the same facts as a page elsewhere). Unexpected exceptions are a 500 whose
 * message says nothing of the internals.
 */
final class Errors {

    private Errors() {
    }

    static void install(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> respond(ctx, e.status(), e.error(), e.getMessage()));
        app.exception(StoreException.class, (e, ctx) -> {
            switch (e.kind()) {
                case INVALID_QUERY -> respond(ctx, 400, "bad-query", e.getMessage());
                case UNREACHABLE, IN_USE -> respond(ctx, 503, "unavailable", "the store is unavailable: "
                        + e.getMessage());
                default -> internal(ctx, e);
            }
        });
        // Javalin's own: unknown routes (404), wrong methods (405), unreadable bodies (400).
        app.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(),
                e.getStatus() == 404 ? "not-found" : "http-" + e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> internal(ctx, e));
    }

    private static void internal(Context ctx, Exception e) {
        System.err.println("parley serve: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
        respond(ctx, 500, "internal", "internal error; the server's log has the details");
    }

    static void respond(Context ctx, int status, String error, String message) {
        ctx.status(status);
        if (wantsJson(ctx)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("error", error);
            body.put("message", message);
            Json.send(ctx, body);
        } else {
            ctx.html(Pages.error(status, error, message).toString());
        }
    }

    private static boolean wantsJson(Context ctx) {
        return ctx.path().startsWith("/api") || ctx.path().startsWith("/openapi");
    }
}
