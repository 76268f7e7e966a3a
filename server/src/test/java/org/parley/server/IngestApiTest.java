package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /api/ingest on a copy of the example store: the token, the body, the job and its result. */
class IngestApiTest {

    static final String TOKEN = "test-token-0123456789abcdef";
    static ParleyServer server;

    @BeforeAll
    static void start() {
        // The test's own article server listens on loopback: this server may fetch from it.
        server = ParleyServer.start(ServerConfig.of(Fixture.copy()).withPort(0).withIngestToken(TOKEN)
                .withAnalysisThreads(1).withPrivateUrls(true));
        guarded = ParleyServer.start(ServerConfig.of(Fixture.copy()).withPort(0).withIngestToken(TOKEN)
                .withAnalysisThreads(1));
    }

    static ParleyServer guarded;

    @AfterAll
    static void stop() {
        server.close();
        guarded.close();
    }

    static Fixture.Response post(String body, String authorization) {
        return post(server, body, authorization);
    }

    static Fixture.Response post(ParleyServer to, String body, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(Fixture.uri(to, "/api/ingest"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return Fixture.send(b.build());
    }

    @Test
    void withoutTheTokenIngestIsRefused() {
        String body = "{\"text\": \"Talks resumed.\"}";
        // Other tests of this class add articles; none is added here.
        String total = "\"total\":" + ApiTest.parse(Fixture.get(server, "/api/articles").body()).get("total").asInt();
        Fixture.Response none = post(body, null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("Bearer"));
        assertThat(ApiTest.parse(none.body()).get("error").asText()).isEqualTo("unauthorized");
        assertThat(post(body, "Bearer wrong-token-0123456789abcdef").status()).isEqualTo(401);
        assertThat(post(body, "Basic " + TOKEN).status()).isEqualTo(401);
        assertThat(post(body, "Bearer " + TOKEN.substring(0, 10)).status()).isEqualTo(401);
        assertThat(Fixture.get(server, "/api/articles").body()).contains(total);
    }

    @Test
    void malformedBodiesAreA400() {
        String auth = "Bearer " + TOKEN;
        assertThat(post("not json", auth).status()).isEqualTo(400);
        assertThat(post("[1, 2]", auth).status()).isEqualTo(400);
        assertThat(post("{}", auth).status()).isEqualTo(400);
        assertThat(post("{\"url\": \"https://example.org/a\", \"text\": \"b\"}", auth).status()).isEqualTo(400);
        assertThat(post("{\"text\": 42}", auth).status()).isEqualTo(400);
        assertThat(post("{\"text\": \"   \"}", auth).status()).isEqualTo(400);
        // A path would read the server's own files.
        Fixture.Response path = post("{\"url\": \"/etc/passwd\"}", auth);
        assertThat(path.status()).isEqualTo(400);
        assertThat(ApiTest.parse(path.body()).get("message").asText()).contains("http(s)");
        assertThat(post("{\"url\": \"file:///etc/passwd\"}", auth).status()).isEqualTo(400);
    }

    @Test
    void aPostedArticleIsAnalysedAndStoredByABackgroundJob() throws InterruptedException {
        String body = "{\"title\": \"Envoys meet in <Geneva>\", \"text\": \"GENEVA, June 3, 2025 (Parley Example "
                + "Wire) — Rustem Umerov and Vladimir Medinsky met on Tuesday to discuss a ceasefire.\"}";
        Fixture.Response r = post(body, "Bearer " + TOKEN);
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        JsonNode job = ApiTest.parse(r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/api/jobs/" + job.get("id").asText());
        assertThat(job.get("state").asText()).isIn("QUEUED", "RUNNING");

        JsonNode done = poll(location);
        assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.get("read").asInt()).isEqualTo(1);
        assertThat(done.get("created").asInt()).isEqualTo(1);
        String id = done.get("articles").get(0).asText();
        JsonNode article = ApiTest.parse(Fixture.get(server, "/api/articles/" + id).body());
        assertThat(article.get("title").asText()).isEqualTo("Envoys meet in <Geneva>");
        assertThat(article.get("published").asText()).isEqualTo("2025-06-03");
        // Its source says how it came, never the temporary file it was read from.
        String content = "Envoys meet in <Geneva>\n\n" + ApiTest.parse(body).get("text").asText();
        assertThat(article.get("source").asText()).isEqualTo("api:POST sha256:" + Jobs.sha256(content)
                .substring(0, 16)).isEqualTo(done.get("input").asText());
        assertThat(article.toString()).doesNotContain("parley-posted-");
        assertThat(article.get("mentions").toString()).contains("Rustem Umerov");
        assertThat(article.get("timexes").toString()).contains("2025-06-03");
        // The lists see it at once: the job tells the catalog the store changed.
        assertThat(Fixture.get(server, "/api/articles?q=Geneva").body()).contains(id);
        assertThat(Fixture.get(server, "/api/dates?from=2025-06-03&to=2025-06-03").body()).contains(id);
        // The job made the cross-article timeline anew: the meeting it reports is on it, backed by this article.
        assertThat(Fixture.get(server, "/api/events?from=2025-06-03&to=2025-06-03").body()).contains(id);

        // The same text again changes nothing.
        JsonNode again = poll(post(body, "Bearer " + TOKEN).headers().firstValue("Location").orElseThrow());
        assertThat(again.get("unchanged").asInt()).isEqualTo(1);
        assertThat(again.get("created").asInt()).isZero();
    }

    static JsonNode poll(String location) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            Fixture.Response r = Fixture.get(server, location);
            assertThat(r.status()).isEqualTo(200);
            JsonNode job = ApiTest.parse(r.body());
            String state = job.get("state").asText();
            if (state.equals("DONE") || state.equals("FAILED") || Instant.now().isAfter(end)) {
                return job;
            }
            Thread.sleep(200);
        }
    }

    @Test
    void aPostedTextTakesTheNameItIsGivenAsItsSource() throws InterruptedException {
        String name = "<b>desk</b> upload 7";
        String body = "{\"name\": \"" + name + "\", \"text\": \"KYIV, June 4, 2025 — Negotiators spoke by phone "
                + "on Wednesday about a prisoner exchange.\"}";
        JsonNode done = poll(post(body, "Bearer " + TOKEN).headers().firstValue("Location").orElseThrow());
        assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("DONE");
        String id = done.get("articles").get(0).asText();
        assertThat(ApiTest.parse(Fixture.get(server, "/api/articles/" + id).body()).get("source").asText())
                .isEqualTo("api:POST " + name);
        assertThat(Fixture.get(server, "/articles/" + id).body()).contains("api:POST &lt;b&gt;desk&lt;/b&gt; upload 7")
                .doesNotContain("<b>desk");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"http://127.0.0.1:9/a", "http://localhost/x",
        "http://[::1]/", "http://10.1.2.3/", "http://192.168.0.1/feed.xml", "http://172.16.5.4/",
        "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0/", "http://[fd00::1]/", "http://100.64.0.1/"})
    void urlsOfInternalAddressesAreRefusedUnlessAllowed(String url) {
        Fixture.Response r = post(guarded, "{\"url\": \"" + url + "\"}", "Bearer " + TOKEN);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(ApiTest.parse(r.body()).get("message").asText()).contains("internal address");
    }

    @Test
    void aServerAllowedToFetchLoopbackReadsAnArticleFromIt() throws Exception {
        com.sun.net.httpserver.HttpServer site = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = ("<html><head><title>Talks in Riyadh</title></head><body><article><h1>Talks in Riyadh</h1>"
                + "<p>RIYADH, March 24, 2025 — Delegations met in Riyadh on Monday to discuss a ceasefire at sea, "
                + "officials said after the meeting ended late in the evening.</p></article></body></html>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        site.createContext("/riyadh", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, page.length);
            ex.getResponseBody().write(page);
            ex.close();
        });
        site.start();
        try {
            String url = "http://127.0.0.1:" + site.getAddress().getPort() + "/riyadh";
            assertThat(post(guarded, "{\"url\": \"" + url + "\"}", "Bearer " + TOKEN).status()).isEqualTo(400);
            Fixture.Response r = post("{\"url\": \"" + url + "\"}", "Bearer " + TOKEN);
            assertThat(r.status()).as(r.body()).isEqualTo(202);
            JsonNode done = poll(r.headers().firstValue("Location").orElseThrow());
            assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("DONE");
            assertThat(done.get("created").asInt() + done.get("updated").asInt()).as(done.toString()).isEqualTo(1);
        } finally {
            site.stop(0);
        }
    }
}
