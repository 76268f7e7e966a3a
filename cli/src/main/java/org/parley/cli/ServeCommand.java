package org.parley.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.parley.server.ParleyServer;
import org.parley.server.ServerConfig;
import org.parley.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley serve}: the web pages and the JSON API over the store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store over HTTP: pages to browse and search it, and a JSON API (/openapi).",
            "Reading is open; POST /api/ingest needs the token named by --token-env."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--port", defaultValue = "" + ServerConfig.DEFAULT_PORT,
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--token-env", paramLabel = "NAME",
            description = "Enables POST /api/ingest with the bearer token held in this environment variable "
                    + "(a token on the command line would show in the process list).")
    String tokenEnv;

    @Option(names = "--threads", description = "Analysis threads for ingest (default: the number of cores).")
    Integer threads;

    @Option(names = "--allow-private-urls", description = "Lets POST /api/ingest fetch URLs of loopback, private and "
            + "link-local addresses (refused by default: a token holder could make the server read its own network).")
    boolean allowPrivateUrls;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (port < 0 || port > 65535) {
            throw new Errors.UserError("--port must be between 0 and 65535, not " + port);
        }
        Optional<String> token = Optional.empty();
        if (tokenEnv != null) {
            String value = System.getenv(tokenEnv);
            if (value == null || value.isBlank()) {
                throw new Errors.UserError("--token-env " + tokenEnv + ": that environment variable is not set");
            }
            token = Optional.of(value);
        }
        // Only a server that ingests writes (and may create the store); DuckDB lets one process open the file
        // either way.
        StoreConfig db = token.isPresent() ? store.db.config() : store.existingConfig();
        ServerConfig config;
        try {
            config = new ServerConfig(host, port, db, token, Threads.of(threads), allowPrivateUrls);
        } catch (IllegalArgumentException e) {
            throw new Errors.UserError(e.getMessage());
        }
        try (ParleyServer server = ParleyServer.start(config)) {
            out.println("serving " + store.db + " at " + server.uri() + " (API: " + server.uri().resolve("openapi")
                    + (token.isPresent() ? "; ingest enabled" : "; read-only") + "); Ctrl-C stops");
            out.flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }));
            stopped.await();
        }
        return 0;
    }
}
