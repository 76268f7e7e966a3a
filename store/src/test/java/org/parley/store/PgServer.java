package org.parley.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for tests, started from the system's binaries once per JVM on a free port in a
 * temporary folder, and stopped (then deleted) when the JVM exits. Each test takes a fresh database
 * ({@link #createDatabase()}), so tests share nothing but the server.
 *
 * <p>The server refuses to run as root: as root, every binary runs as the {@code postgres} user in a folder that
 * user owns. Without binaries ({@code /usr/lib/postgresql/<version>/bin}, {@code $PARLEY_PG_BIN}, or the PATH)
 * {@link #get()} skips the calling test with a message (or fails it where {@code PARLEY_REQUIRE_PG} is set, as CI
 * does); binaries that are there but fail to start a server fail it.
 * Connections over TCP need the password, so tests can check that a wrong one is refused.
 */
public final class PgServer {

    public static final String USER = "parley";
    public static final String PASSWORD = "test-secret-42";
    private static final String HOST = "127.0.0.1";

    private static final Object LOCK = new Object();
    private static PgServer server;
    private static String skipped;
    private static RuntimeException failed;

    private final Path bin;
    private final Path dir;
    private final boolean asPostgresUser;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();
    private Connection admin;

    private PgServer(Path bin, Path dir, boolean asPostgresUser, int port) {
        this.bin = bin;
        this.dir = dir;
        this.asPostgresUser = asPostgresUser;
        this.port = port;
    }

    /** The server of this JVM, started on first use; skips the test (JUnit assumption) where it cannot exist. */
    public static PgServer get() {
        synchronized (LOCK) {
            if (server == null && skipped == null && failed == null) {
                try {
                    Optional<Path> bin = findBinaries();
                    if (bin.isEmpty()) {
                        skipped = "no PostgreSQL binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin, "
                                + "$PARLEY_PG_BIN or the PATH: PostgreSQL store tests skipped "
                                + "(install Debian's postgresql package to run them)";
                        System.err.println("[PgServer] " + skipped);
                    } else {
                        server = start(bin.get());
                    }
                } catch (Exception e) {
                    failed = new IllegalStateException("cannot start the test PostgreSQL server: " + e.getMessage(), e);
                }
            }
            if (failed != null) {
                throw failed;
            }
            if (skipped != null && System.getenv("PARLEY_REQUIRE_PG") != null) {
                throw new IllegalStateException(skipped + "; PARLEY_REQUIRE_PG is set, so this fails");
            }
            Assumptions.assumeTrue(skipped == null, skipped);
            return server;
        }
    }

    public int port() {
        return port;
    }

    /** A new, empty database; its name. */
    public String createDatabase() {
        return createDatabase("parley_test_" + databases.incrementAndGet());
    }

    /** A new, empty database of that name (a plain identifier). */
    public String createDatabase(String name) {
        admin("CREATE DATABASE " + name);
        return name;
    }

    /** Drops a database, ending its connections first. */
    public void dropDatabase(String name) {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** {@code postgresql://parley:PASSWORD@127.0.0.1:PORT/DATABASE}. */
    public String url(String database) {
        return "postgresql://" + USER + ":" + PASSWORD + "@" + HOST + ":" + port + "/" + database;
    }

    /** A plain JDBC connection to the database, as the superuser. */
    public Connection connect(String database) throws SQLException {
        var props = new Properties();
        props.setProperty("user", USER);
        props.setProperty("password", PASSWORD);
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + port + "/" + database, props);
    }

    private synchronized void admin(String sql) {
        try {
            if (admin == null || admin.isClosed()) {
                admin = connect("postgres");
            }
            try (Statement s = admin.createStatement()) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    // ---- starting and stopping ----

    static Optional<Path> findBinaries() throws IOException {
        String env = System.getenv("PARLEY_PG_BIN");
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env)).filter(PgServer::hasBinaries);
        }
        Path lib = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> versions = Files.list(lib)) {
                Optional<Path> newest = versions.map(v -> v.resolve("bin")).filter(PgServer::hasBinaries)
                        .max(Comparator.comparingInt(PgServer::majorVersion));
                if (newest.isPresent()) {
                    return newest;
                }
            }
        }
        for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!folder.isEmpty() && hasBinaries(Path.of(folder))) {
                return Optional.of(Path.of(folder));
            }
        }
        return Optional.empty();
    }

    private static boolean hasBinaries(Path bin) {
        return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"));
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static PgServer start(Path bin) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("parley-pg-");
        Path pwfile = dir.resolve("pwfile");
        Files.writeString(pwfile, PASSWORD + "\n");
        if (root) { // the server refuses root: hand the folder to the postgres user
            UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
            var postgres = users.lookupPrincipalByName("postgres");
            Files.setOwner(dir, postgres);
            Files.setOwner(pwfile, postgres);
        }
        var server = new PgServer(bin, dir, root, 0);
        server.run(120, "initdb", "-D", dir.resolve("data").toString(), "-U", USER, "--pwfile=" + pwfile,
                "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync");
        IOException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = freePort();
            var started = new PgServer(bin, dir, root, port);
            try {
                started.run(90, "pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(),
                        "-w", "-t", "60", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=" + HOST
                                + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start");
                Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "stop test PostgreSQL"));
                return started;
            } catch (IOException e) { // most likely the port was taken meanwhile: try another
                last = e;
            }
        }
        throw last;
    }

    private void stop() {
        try {
            if (admin != null) {
                admin.close();
            }
        } catch (SQLException e) {
            // the server goes anyway
        }
        try {
            run(60, "pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "stop");
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.err.println("could not stop the test PostgreSQL server in " + dir + ": " + e.getMessage());
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private void run(int timeoutSeconds, String program, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        Path output = Files.createTempFile("parley-pg-", ".out");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(program + " did not finish in " + timeoutSeconds + " s");
            }
            if (p.exitValue() != 0) {
                String log = Files.exists(dir.resolve("server.log")) ? readQuietly(dir.resolve("server.log")) : "";
                throw new IOException(String.join(" ", command) + " exited with " + p.exitValue() + ": "
                        + Files.readString(output, StandardCharsets.UTF_8) + log);
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
