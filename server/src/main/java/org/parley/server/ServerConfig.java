package org.parley.server;

import java.util.Objects;
import java.util.Optional;
import org.parley.store.StoreConfig;

/**
 * How {@link ParleyServer} runs. The constructor checks every field, so a bad configuration fails before the port
 * is bound.
 *
 * @param host            the address to listen on ({@code 127.0.0.1} by default: publishing the server is a choice)
 * @param port            the TCP port; 0 picks a free one ({@link ParleyServer#port()} says which)
 * @param store           the store to serve; opened read-only unless ingest is enabled
 * @param ingestToken     the bearer token {@code POST /api/ingest} requires; empty disables ingest. Reading is open
 * @param analysisThreads workers that analyse ingested articles
 * @param allowPrivateUrls whether {@code POST /api/ingest} may fetch URLs whose host is a loopback, private or
 *                        link-local address; off by default, so a token holder cannot make the server read its own
 *                        network
 */
public record ServerConfig(String host, int port, StoreConfig store, Optional<String> ingestToken,
        int analysisThreads, boolean allowPrivateUrls) {

    public static final int DEFAULT_PORT = 8080;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(ingestToken, "ingestToken");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
        if (ingestToken.isPresent() && ingestToken.get().strip().length() < 16) {
            // A short token can be guessed by anyone who can reach the port.
            throw new IllegalArgumentException("the ingest token must be at least 16 characters long");
        }
        if (analysisThreads < 1) {
            throw new IllegalArgumentException("analysisThreads must be at least 1, not " + analysisThreads);
        }
    }

    /** The same, refusing URLs of private addresses. */
    public ServerConfig(String host, int port, StoreConfig store, Optional<String> ingestToken, int analysisThreads) {
        this(host, port, store, ingestToken, analysisThreads, false);
    }

    /** Loopback, the default port, no ingest, one analysis worker per core. */
    public static ServerConfig of(StoreConfig store) {
        return new ServerConfig("127.0.0.1", DEFAULT_PORT, store, Optional.empty(),
                Runtime.getRuntime().availableProcessors());
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, store, ingestToken, analysisThreads, allowPrivateUrls);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, store, ingestToken, analysisThreads, allowPrivateUrls);
    }

    public ServerConfig withIngestToken(String token) {
        return new ServerConfig(host, port, store, Optional.of(token), analysisThreads, allowPrivateUrls);
    }

    public ServerConfig withAnalysisThreads(int n) {
        return new ServerConfig(host, port, store, ingestToken, n, allowPrivateUrls);
    }

    /** Lets ingest fetch URLs of loopback, private and link-local addresses (tests on loopback; a closed network). */
    public ServerConfig withPrivateUrls(boolean allow) {
        return new ServerConfig(host, port, store, ingestToken, analysisThreads, allow);
    }
}
