package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * Fetches one http(s) URL with a timeout, redirects and a size cap; failures are results, not exceptions. Redirects
 * are followed here rather than by the HTTP client, so that every hop passes the same refusal check as the first URL
 * (a public page must not redirect a server into its own network).
 */
final class Fetcher {

    /** Redirects followed at most, as browsers stop a loop. */
    static final int MAX_REDIRECTS = 5;

    /** A fetched body and what the response said about it. */
    record Fetched(URI uri, byte[] body, Optional<String> contentType, Instant fetchedAt) {
    }

    /** Either a body or the rejection saying why there is none. */
    record Outcome(Optional<Fetched> fetched, Optional<IngestResult> rejected) {
        static Outcome of(Fetched f) {
            return new Outcome(Optional.of(f), Optional.empty());
        }

        static Outcome reject(String code, String input, String message) {
            return new Outcome(Optional.empty(), Optional.of(Assembler.reject(code, input, message)));
        }
    }

    private final Duration timeout;
    private final long maxBytes;
    private final Function<URI, Optional<String>> refusal;
    private volatile HttpClient client;

    /** {@code refusal} gives the reason a URL may not be fetched, or nothing; it sees the first URL and every hop. */
    Fetcher(Duration timeout, long maxBytes, Function<URI, Optional<String>> refusal) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.refusal = refusal;
    }

    Outcome fetch(URI uri, String input) {
        URI at = uri;
        for (int hop = 0; ; hop++) {
            Optional<String> refused = refusal.apply(at);
            if (refused.isPresent()) {
                return Outcome.reject("url.refused", input, (hop == 0 ? "" : "redirected to " + at + ", which ")
                        + "may not be fetched: " + refused.get());
            }
            Hop h = request(at, input);
            if (h.next().isEmpty()) {
                return h.outcome();
            }
            if (hop == MAX_REDIRECTS) {
                return Outcome.reject("url.http-status", input, "more than " + MAX_REDIRECTS + " redirects");
            }
            at = h.next().get();
        }
    }

    /** What one request gave: an outcome, or else (with no outcome) where the server redirects to. */
    private record Hop(Outcome outcome, Optional<URI> next) {
        static Hop done(Outcome o) {
            return new Hop(o, Optional.empty());
        }

        static Hop redirect(URI to) {
            return new Hop(null, Optional.of(to));
        }
    }

    private Hop request(URI uri, String input) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("User-Agent", "parley-ingest (+https://www.gnu.org/licenses/gpl-3.0.html)")
                .header("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
                        + "text/plain;q=0.8, */*;q=0.5")
                .build();
        HttpResponse<InputStream> response;
        try {
            response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            return Hop.done(Outcome.reject("url.unreachable", input, "could not connect within " + timeout.toSeconds()
                    + " s"));
        } catch (HttpTimeoutException e) {
            return Hop.done(Outcome.reject("url.unreachable", input, "no response within " + timeout.toSeconds()
                    + " s"));
        } catch (ConnectException e) {
            return Hop.done(Outcome.reject("url.unreachable", input, "could not connect: " + Records.describe(e)));
        } catch (IOException e) {
            return Hop.done(Outcome.reject("url.unreachable", input, "could not fetch: " + Records.describe(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Hop.done(Outcome.reject("url.unreachable", input, "interrupted while fetching"));
        }
        try (InputStream in = response.body()) {
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("location");
            if (REDIRECTS.contains(status) && location.isPresent()) {
                return next(uri, location.get(), input);
            }
            if (status < 200 || status >= 300) {
                return Hop.done(Outcome.reject("url.http-status", input, "the server answered HTTP " + status));
            }
            OptionalLong declared = response.headers().firstValueAsLong("content-length");
            if (declared.isPresent() && declared.getAsLong() > maxBytes) {
                return Hop.done(Outcome.reject("input.too-large", input, "the page is " + declared.getAsLong()
                        + " bytes, over the limit of " + maxBytes + " bytes; not downloaded"));
            }
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                return Hop.done(Outcome.reject("input.too-large", input,
                        "the page is over the limit of " + maxBytes + " bytes; download stopped there"));
            }
            Instant at = response.headers().firstValue("date").flatMap(Fetcher::httpDate).orElseGet(Instant::now);
            return Hop.done(Outcome.of(new Fetched(response.uri(), body, response.headers().firstValue("content-type"),
                    at)));
        } catch (IOException e) {
            return Hop.done(Outcome.reject("url.unreachable", input, "the connection broke while reading: "
                    + Records.describe(e)));
        }
    }

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    /** The redirect's target, resolved against the URL that gave it; only to http(s). */
    private static Hop next(URI from, String location, String input) {
        URI next;
        try {
            next = from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            return Hop.done(Outcome.reject("url.http-status", input, "redirected to an invalid URL: " + location));
        }
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || next.getHost() == null) {
            return Hop.done(Outcome.reject("url.refused", input, "redirected to " + location
                    + ", which is not an http(s) URL"));
        }
        return Hop.redirect(next);
    }

    private static Optional<Instant> httpDate(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(timeout)
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                }
                c = client;
            }
        }
        return c;
    }
}
