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
import java.util.Optional;
import java.util.OptionalLong;

/** Fetches one http(s) URL with a timeout, redirects and a size cap; failures are results, not exceptions. */
final class Fetcher {

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
    private volatile HttpClient client;

    Fetcher(Duration timeout, long maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    Outcome fetch(URI uri, String input) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("User-Agent", "parley-ingest (+https://www.gnu.org/licenses/gpl-3.0.html)")
                .header("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
                        + "text/plain;q=0.8, */*;q=0.5")
                .build();
        HttpResponse<InputStream> response;
        try {
            response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            return Outcome.reject("url.unreachable", input, "could not connect within " + timeout.toSeconds() + " s");
        } catch (HttpTimeoutException e) {
            return Outcome.reject("url.unreachable", input, "no response within " + timeout.toSeconds() + " s");
        } catch (ConnectException e) {
            return Outcome.reject("url.unreachable", input, "could not connect: " + Records.describe(e));
        } catch (IOException e) {
            return Outcome.reject("url.unreachable", input, "could not fetch: " + Records.describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.reject("url.unreachable", input, "interrupted while fetching");
        }
        try (InputStream in = response.body()) {
            int status = response.statusCode();
            if (status < 200 || status >= 300) {
                return Outcome.reject("url.http-status", input, "the server answered HTTP " + status);
            }
            OptionalLong declared = response.headers().firstValueAsLong("content-length");
            if (declared.isPresent() && declared.getAsLong() > maxBytes) {
                return Outcome.reject("input.too-large", input, "the page is " + declared.getAsLong()
                        + " bytes, over the limit of " + maxBytes + " bytes; not downloaded");
            }
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                return Outcome.reject("input.too-large", input,
                        "the page is over the limit of " + maxBytes + " bytes; download stopped there");
            }
            Instant at = response.headers().firstValue("date").flatMap(Fetcher::httpDate).orElseGet(Instant::now);
            return Outcome.of(new Fetched(response.uri(), body, response.headers().firstValue("content-type"), at));
        } catch (IOException e) {
            return Outcome.reject("url.unreachable", input, "the connection broke while reading: " + Records.describe(e));
        }
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
                            .followRedirects(HttpClient.Redirect.NORMAL).build();
                }
                c = client;
            }
        }
        return c;
    }
}
