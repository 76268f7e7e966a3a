package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.ArticleSummary;
import org.parley.store.PgServer;
import org.parley.store.Store;
import org.parley.store.StoreConfig;

/**
 * {@code --db postgresql://...} and {@code PARLEY_DB}: the example corpus ingested into PostgreSQL (the test server
 * of store's test jar; skipped without PostgreSQL binaries) reads back exactly as from DuckDB.
 */
class PostgresStoreTest {

    @TempDir
    static Path dir;
    static PgServer server;
    static String database;
    static String url;
    static Path duck;
    static Cli.Run intoDuck;
    static Cli.Run intoPostgres;
    static List<String> ids = new ArrayList<>();

    @BeforeAll
    static void ingestTheCorpusIntoBoth() {
        server = PgServer.get();
        // A name no earlier run used, so the index in the user's cache (keyed by host, port, database) is new.
        database = server.createDatabase("parley_cli_" + ProcessHandle.current().pid() + "_" + System.nanoTime());
        url = server.url(database);
        String corpus = Cli.root().resolve("examples/corpus").toString();
        duck = dir.resolve("parley.duckdb");
        intoDuck = Cli.run("ingest", "--db", duck.toString(), "--no-progress", corpus);
        intoPostgres = Cli.run("ingest", "--db", url, "--no-progress", corpus);
        try (Store store = Store.open(StoreConfig.duckdb(duck))) {
            store.list(1000, 0).stream().map(ArticleSummary::id).forEach(ids::add);
        }
    }

    @AfterAll
    static void dropTheDatabase() throws IOException {
        if (server == null) {
            return;
        }
        server.dropDatabase(database);
        Path index = StoreConfig.postgres(url).indexDir();
        if (Files.exists(index)) {
            try (Stream<Path> walk = Files.walk(index)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** What the commands print, with each store's name replaced: the one difference allowed. */
    private static String same(String out) {
        return out.replace(duck.toString(), "STORE").replace(shown(), "STORE");
    }

    /** How the cli names the PostgreSQL store: its URL without the password. */
    private static String shown() {
        return "postgresql://" + PgServer.USER + "@127.0.0.1:" + server.port() + "/" + database;
    }

    @Test
    void ingestStoresTheSameArticlesAsIntoDuckDb() {
        assertThat(intoPostgres.exit()).as(intoPostgres.err()).isZero();
        assertThat(intoDuck.exit()).as(intoDuck.err()).isZero();
        assertThat(ids).hasSizeGreaterThan(5);
        assertThat(intoPostgres.out()).contains("new " + ids.size() + ",").contains("rejected 0");
        assertThat(same(intoPostgres.out())).isEqualTo(same(intoDuck.out()));
        assertThat(intoPostgres.out() + intoPostgres.err()).doesNotContain(PgServer.PASSWORD);
        Cli.Run again = Cli.run("ingest", "--db", url, "--no-progress", Cli.root().resolve("examples/corpus").toString());
        assertThat(again.out()).contains("new 0, updated 0, unchanged " + ids.size());
    }

    @Test
    void docsShowAndSearchPrintWhatTheyPrintFromDuckDb() {
        Cli.Run pgDocs = Cli.run("docs", "--db", url);
        assertThat(pgDocs.exit()).as(pgDocs.err()).isZero();
        assertThat(pgDocs.out()).contains(ids.size() + " articles in " + shown()).doesNotContain(PgServer.PASSWORD);
        assertThat(same(pgDocs.out())).isEqualTo(same(Cli.run("docs", "--db", duck.toString()).out()));
        for (String id : ids) {
            Cli.Run pgJson = Cli.run("show", "--db", url, "--json", id);
            assertThat(pgJson.exit()).as(pgJson.err()).isZero();
            assertThat(pgJson.out()).as(id).isEqualTo(Cli.run("show", "--db", duck.toString(), "--json", id).out());
            assertThat(Cli.run("show", "--db", url, id).out()).as(id)
                    .isEqualTo(Cli.run("show", "--db", duck.toString(), id).out());
        }
        for (String query : List.of("Medvedchuk", "\"prisoner exchange\"", "grain AND Istanbul")) {
            Cli.Run pg = Cli.run("search", "--db", url, query);
            assertThat(pg.out()).as(query).isNotBlank()
                    .isEqualTo(Cli.run("search", "--db", duck.toString(), query).out());
        }
    }

    @Test
    void parleyDbNamesTheStoreAndDbWinsOverIt() throws Exception {
        Cli.Run fromDuck = Cli.run("docs", "--db", duck.toString());
        Process viaEnv = parley(url, "docs");
        String out = new String(viaEnv.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(viaEnv.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(viaEnv.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(viaEnv.exitValue()).as(err).isZero();
        assertThat(out).contains(ids.size() + " articles in " + shown());
        assertThat(same(out)).isEqualTo(same(fromDuck.out()));

        Process optionWins = parley(url, "docs", "--db", duck.toString());
        String out2 = new String(optionWins.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(optionWins.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(out2).isEqualTo(fromDuck.out()).contains("articles in " + duck);
    }

    @Test
    void aMissingDatabaseIsOneClearLineWithoutThePassword() {
        Cli.Run run = Cli.run("docs", "--db", server.url("no_such_db"));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("parley: database 'no_such_db' does not exist on the PostgreSQL server at 127.0.0.1:")
                .doesNotContain(PgServer.PASSWORD);
        Cli.Run bad = Cli.run("docs", "--db", "postgresql://parley:" + PgServer.PASSWORD + "@127.0.0.1");
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err()).contains("needs a user, a host and a database").doesNotContain(PgServer.PASSWORD);
    }

    /** {@code parley ARGS} in a child JVM with {@code PARLEY_DB} set: the in-process runner cannot set a variable. */
    private static Process parley(String parleyDb, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        var builder = new ProcessBuilder(cmd);
        builder.environment().put(StoreOptions.ENV, parleyDb);
        return builder.start();
    }
}
