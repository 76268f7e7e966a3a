package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analysis.Analysis;
import org.parley.model.Document;
import org.parley.store.Store;
import org.parley.store.PgServer;
import org.parley.store.StoreConfig;

/**
 * {@code kill -9} in the middle of an ingest, then the same command again: every article is stored exactly once
 * and whole (its analysis complete), and the search index agrees with the store. The ingest runs as its own JVM and
 * is killed as soon as its first articles reached DuckDB's write-ahead log (the log grows past what the schema
 * migrations wrote when the first article went to analysis), with most articles still to come. On DuckDB and on
 * PostgreSQL.
 */
class CrashTest {

    static final int ARTICLES = 300;

    @TempDir
    Path dir;

    @Test
    void killedMidwayThenRunAgainStoresEveryArticleOnceAndWhole() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(corpus.resolve(String.format("a%03d.txt", i)), article(i));
        }
        Path db = dir.resolve("crash.duckdb");
        Path wal = dir.resolve("crash.duckdb.wal");
        Process p = java("ingest", "--db", db.toString(), "--no-progress", "--threads", "1", "--write-batch", "4",
                corpus.toString());
        var analysing = new java.util.concurrent.CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (var err = new java.io.BufferedReader(new java.io.InputStreamReader(p.getErrorStream(),
                    java.nio.charset.StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    if (line.startsWith("analysing")) {
                        analysing.countDown();
                    }
                }
            } catch (IOException e) {
                // the process was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        assertThat(analysing.await(180, TimeUnit.SECONDS)).as("the ingest starts analysing").isTrue();
        long schemaOnly = Files.exists(wal) ? Files.size(wal) : 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!(Files.exists(wal) && Files.size(wal) > schemaOnly) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        // The log grows while a commit is being written: killed then, the store rightly recovers without it. Wait
        // until the log has stopped growing for a moment (the next batch takes longer to analyse), so the kill lands
        // after a whole commit.
        long size = -1;
        long still = System.nanoTime();
        while (p.isAlive() && System.nanoTime() < deadline
                && (size != Files.size(wal) || System.nanoTime() - still < TimeUnit.MILLISECONDS.toNanos(150))) {
            if (size != Files.size(wal)) {
                size = Files.size(wal);
                still = System.nanoTime();
            }
            Thread.sleep(2);
        }
        assertThat(p.isAlive()).as("still ingesting when its first commit is in the log").isTrue();
        p.destroyForcibly(); // SIGKILL: no shutdown hook, no close
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

        checkRecovery(StoreConfig.duckdb(db), db.toString(), corpus);
    }

    /**
     * The same on PostgreSQL: the ingest is killed as soon as its first articles are committed (another connection
     * sees them), and the store and its index (in this machine's cache) come back whole.
     */
    @Test
    void onPostgresToo() throws Exception {
        PgServer server = PgServer.get();
        String database = server.createDatabase("parley_crash_" + ProcessHandle.current().pid() + "_"
                + System.nanoTime());
        String url = server.url(database);
        StoreConfig config = StoreConfig.postgres(url);
        try {
            Path corpus = Files.createDirectories(dir.resolve("corpus"));
            for (int i = 0; i < ARTICLES; i++) {
                Files.writeString(corpus.resolve(String.format("a%03d.txt", i)), article(i));
            }
            Process p = java("ingest", "--db", url, "--no-progress", "--threads", "1", "--write-batch", "4",
                    corpus.toString());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (p.isAlive() && System.nanoTime() < deadline && committed(server, database) == 0) {
                Thread.sleep(5);
            }
            assertThat(p.isAlive()).as("still ingesting when its first articles are committed").isTrue();
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            checkRecovery(config, url, corpus);
        } finally {
            server.dropDatabase(database);
            deleteTree(config.indexDir());
        }
    }

    private static long committed(PgServer server, String database) {
        try (var c = server.connect(database); var s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM articles")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            return 0; // the schema is not there yet
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void checkRecovery(StoreConfig config, String db, Path corpus) {
        long afterCrash;
        try (Store store = Store.open(config)) {
            afterCrash = store.count();
            assertWhole(store);
            assertThat(store.search("parleycrash", 1000)).as("the index catches up with the store").hasSize(
                    (int) afterCrash);
        }
        System.out.println("[crash] killed with " + afterCrash + " of " + ARTICLES + " articles stored");
        assertThat(afterCrash).as("the kill came after the first articles and before the end").isPositive()
                .isLessThan(ARTICLES);

        Cli.Run again = Cli.run("ingest", "--db", db, "--no-progress", corpus.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("read " + ARTICLES + ", new " + (ARTICLES - afterCrash) + ", updated 0, "
                + "unchanged " + afterCrash);
        try (Store store = Store.open(config)) {
            assertThat(store.count()).isEqualTo(ARTICLES);
            assertWhole(store);
            assertThat(store.search("parleycrash", 1000)).hasSize(ARTICLES);
        }
    }

    /** Each stored article carries the whole current analysis: nothing half-written. */
    private static void assertWhole(Store store) {
        var pipeline = Analysis.pipeline();
        var stamps = pipeline.stamps();
        for (var s : store.list(1000, 0)) {
            Document d = store.get(s.id()).orElseThrow();
            assertThat(d.stamps()).as(s.id()).isEqualTo(stamps);
            assertThat(d.layers().keySet()).as(s.id()).isEqualTo(pipeline.produces());
        }
    }

    /** Short articles of our own, each distinct, each with the same rare search word. */
    private static String article(int i) {
        return "Round " + i + " of talks\n\nISTANBUL, May " + (1 + i % 28) + ", 2025 — Delegation " + i
                + " met the mediators on Tuesday. The parleycrash sides agreed to exchange " + (10 + i)
                + " prisoners and to meet again next week.\n";
    }

    private static Process java(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
