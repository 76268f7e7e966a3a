package org.parley.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parley.server.Catalog.ArticleFilter;

/** Reads and checks query parameters; a malformed one is a 400 that says which and why. */
final class Params {

    static final int MAX_LIMIT = 500;
    static final int MAX_QUERY = 500;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private Params() {
    }

    static int limit(Context ctx, int dflt) {
        return integer(ctx, "limit", dflt, 1, MAX_LIMIT);
    }

    static int offset(Context ctx) {
        return integer(ctx, "offset", 0, 0, 1_000_000);
    }

    static int integer(Context ctx, String name, int dflt, int min, int max) {
        Optional<String> v = text(ctx, name);
        if (v.isEmpty()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        throw ApiException.badRequest("parameter '" + name + "' must be an integer from " + min + " to " + max
                + ", not '" + v.get() + "'");
    }

    static Optional<LocalDate> date(Context ctx, String name) {
        return text(ctx, name).map(v -> {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("parameter '" + name + "' must be a date YYYY-MM-DD, not '" + v + "'");
            }
        });
    }

    /** A trimmed value; empty when absent or blank (an empty form field means "any"). */
    static Optional<String> text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return Optional.empty();
        }
        if (v.length() > MAX_QUERY) {
            throw ApiException.badRequest("parameter '" + name + "' is longer than " + MAX_QUERY + " characters");
        }
        return Optional.of(v.strip());
    }

    static String required(Context ctx, String name) {
        return text(ctx, name).orElseThrow(() -> ApiException.badRequest("parameter '" + name + "' is required"));
    }

    /** The quote filters: speaker (an actor id), dates and words, all data. */
    static Voices.QuoteFilter quoteFilter(Context ctx) {
        var f = new Voices.QuoteFilter(text(ctx, "speaker"), date(ctx, "from"), date(ctx, "to"), text(ctx, "q"));
        checkOrder(f.from(), f.to());
        return f;
    }

    /** The narratives filters: a label as the taxonomy spells it (case ignored), publication dates. */
    static org.parley.link.Link.NarrativeFilter narrativeFilter(Context ctx) {
        Optional<LocalDate> from = date(ctx, "from");
        Optional<LocalDate> to = date(ctx, "to");
        checkOrder(from, to);
        return new org.parley.link.Link.NarrativeFilter(text(ctx, "label"), from, to);
    }

    private static void checkOrder(Optional<LocalDate> from, Optional<LocalDate> to) {
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw ApiException.badRequest("parameter 'from' (" + from.get() + ") is after 'to' (" + to.get() + ")");
        }
    }

    /** The filters of {@code parley timeline}: from, to, actor, type, place; all data. */
    static org.parley.store.TimelineQuery timelineQuery(Context ctx) {
        var q = new org.parley.store.TimelineQuery(date(ctx, "from"), date(ctx, "to"), text(ctx, "actor"),
                text(ctx, "type").map(Params::eventType), text(ctx, "place"));
        checkOrder(q.from(), q.to());
        return q;
    }

    private static org.parley.model.EventType eventType(String v) {
        try {
            return org.parley.model.EventType.valueOf(v.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("parameter 'type' must be one of " + java.util.Arrays.stream(
                    org.parley.model.EventType.values()).map(t -> t.name().toLowerCase(java.util.Locale.ROOT))
                    .toList() + ", not '" + v + "'");
        }
    }

    /** How finely the timeline is counted: year, month or day; empty lets the date range decide. */
    static Optional<TimelineView.Zoom> zoom(Context ctx) {
        return text(ctx, "zoom").map(v -> {
            for (TimelineView.Zoom z : TimelineView.Zoom.values()) {
                if (z.key().equals(v)) {
                    return z;
                }
            }
            throw ApiException.badRequest("parameter 'zoom' must be year, month or day, not '" + v + "'");
        });
    }

    static ArticleFilter filter(Context ctx) {
        Optional<String> language = text(ctx, "language");
        language.filter(l -> !LANGUAGE.matcher(l).matches()).ifPresent(l -> {
            throw ApiException.badRequest("parameter 'language' must be an ISO 639 code such as 'en' or 'und', not '"
                    + l + "'");
        });
        var f = new ArticleFilter(text(ctx, "outlet"), language, date(ctx, "from"), date(ctx, "to"), text(ctx, "q"));
        checkOrder(f.from(), f.to());
        return f;
    }
}
