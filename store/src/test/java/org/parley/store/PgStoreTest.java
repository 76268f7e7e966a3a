package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.parley.model.Document;

/**
 * The store's cases on a real PostgreSQL server (started by {@link PgServer}, skipped without binaries), each on a
 * fresh database, and those of PostgreSQL alone: readers beside one writer, and clear connection errors.
 */
class PgStoreTest extends StoreTest {

    @Override
    Backend backend(Path dir) {
        return Backend.postgres(dir);
    }

    @Override
    String secondWriterRefusal() {
        return "is in use by another writer";
    }

    private StoreConfig reading() {
        return backend.config().withAccess(StoreConfig.Access.READ_ONLY);
    }

    private static Document numbered(int i) {
        var a = Docs.article("https://example.org/round/" + i, "Round " + i + " of talks",
                "Negotiators met for round r" + i + " of the talks on a ceasefire and a prisoner exchange.",
                Optional.of(LocalDate.of(2025, 1, 1).plusDays(i)), "en", List.of());
        return Document.of(a);
    }

    @Test
    void readersListGetAndSearchWhileOneStoreWrites() throws Exception {
        int n = 60;
        var writing = new AtomicBoolean(true);
        try (Store writer = Store.open(backend.config().withIndexCommitEvery(1));
                Store reader = Store.open(reading())) {
            CompletableFuture<Void> writes = CompletableFuture.runAsync(() -> {
                try {
                    for (int i = 0; i < n; i++) {
                        assertThat(writer.put(numbered(i))).isEqualTo(PutResult.NEW);
                    }
                } finally {
                    writing.set(false);
                }
            });
            long lastCount = 0;
            int reads = 0;
            while (writing.get() || reads == 0) {
                long count = reader.count();
                assertThat(count).isBetween(lastCount, (long) n);
                lastCount = count;
                for (ArticleSummary s : reader.list(5, 0)) {
                    Document d = reader.get(s.id()).orElseThrow();
                    assertThat(d.article().title()).isEqualTo(s.title());
                    assertThat(reader.summary(s.id())).contains(s);
                }
                for (SearchHit hit : reader.search("ceasefire", n)) {
                    assertThat(reader.get(hit.id())).isPresent();
                    assertThat(hit.snippet()).contains("ceasefire");
                }
                reads++;
            }
            writes.get(60, TimeUnit.SECONDS);
            assertThat(reads).isPositive();
            assertThat(reader.count()).isEqualTo(n);
            assertThat(reader.list(n + 1, 0)).hasSize(n);
            // The writer commits the index after every article here, so the reader's search has them all.
            assertThat(reader.search("ceasefire", 2 * n)).hasSize(n);
            assertThat(reader.search("r7", 5)).extracting(SearchHit::id).containsExactly(numbered(7).article().id());
        }
    }

    @Test
    void aSecondWriterIsInUseWhileReadersOpenFreely() {
        try (Store writer = open()) {
            writer.put(Docs.geneva());
            assertThatThrownBy(this::open)
                    .isInstanceOf(StoreException.class)
                    .hasMessage("database " + backend.name() + " is in use by another writer (one ingest at a time; "
                            + "docs, show and search work meanwhile)")
                    .satisfies(e -> assertThat(((StoreException) e).kind()).isEqualTo(StoreException.Kind.IN_USE));
            try (Store r1 = Store.open(reading()); Store r2 = Store.open(reading())) {
                assertThat(r1.count()).isEqualTo(1);
                assertThat(r2.get(Docs.geneva().article().id())).contains(Docs.geneva());
            }
        }
        try (Store again = open()) { // the lock went with the first writer's connection
            assertThat(again.count()).isEqualTo(1);
        }
    }

    @Test
    void aReaderWithoutALocalIndexSearchesOneOfItsOwnInMemory() throws Exception {
        try (Store writer = open()) {
            writer.put(Docs.istanbul());
            writer.put(Docs.geneva());
        }
        Path index = backend.config().indexDir();
        deleteTree(index);
        try (Store reader = Store.open(reading())) {
            assertThat(reader.search("Geneva", 5)).extracting(SearchHit::id)
                    .containsExactly(Docs.geneva().article().id());
        }
        assertThat(index).doesNotExist(); // a reader writes nothing to disk
    }

    @Test
    void anIndexOfADatabaseRecreatedUnderTheSameNameIsRebuilt() throws Exception {
        PgServer server = PgServer.get();
        String name = "parley_recreated_" + System.nanoTime();
        StoreConfig config = StoreConfig.postgres(server.url(server.createDatabase(name)))
                .withIndexDir(dir.resolve("shared.lucene"));
        try (Store store = Store.open(config)) {
            store.put(Docs.istanbul());
        }
        server.dropDatabase(name);
        server.createDatabase(name);
        try (Store store = Store.open(config)) {
            store.put(Docs.geneva()); // generation 1 again, as the stale index says
            assertThat(store.search("Istanbul", 5)).isEmpty();
            assertThat(store.search("Geneva", 5)).hasSize(1);
        } finally {
            server.dropDatabase(name);
        }
    }

    @Test
    void anUnreachableServerIsATypedErrorNamingItsAddress() throws Exception {
        int closed;
        try (var socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String url = "postgresql://parley:hunter2@127.0.0.1:" + closed + "/news";
        assertThatThrownBy(() -> Store.open(StoreConfig.postgres(url).withIndexDir(dir.resolve("i"))))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot reach the PostgreSQL server at 127.0.0.1:" + closed + "/news")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"))
                .satisfies(e -> assertThat(((StoreException) e).kind()).isEqualTo(StoreException.Kind.UNREACHABLE));
    }

    @Test
    void wrongCredentialsAreATypedErrorWithoutThePassword() {
        var pg = (StoreConfig.Postgres) backend.config().database();
        String url = "postgresql://parley:not-the-password@127.0.0.1:" + pg.port() + "/" + pg.database();
        assertThatThrownBy(() -> Store.open(StoreConfig.postgres(url).withIndexDir(dir.resolve("i"))))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("the PostgreSQL server at 127.0.0.1:" + pg.port() + "/" + pg.database()
                        + " refused user 'parley'")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("not-the-password"))
                .satisfies(e -> assertThat(((StoreException) e).kind()).isEqualTo(StoreException.Kind.ACCESS_DENIED));
    }

    @Test
    void aMissingDatabaseIsATypedErrorNamingIt() {
        var pg = (StoreConfig.Postgres) backend.config().database();
        String url = PgServer.get().url("no_such_db");
        assertThatThrownBy(() -> Store.open(StoreConfig.postgres(url).withIndexDir(dir.resolve("i"))))
                .isInstanceOf(StoreException.class)
                .hasMessage("database 'no_such_db' does not exist on the PostgreSQL server at 127.0.0.1:" + pg.port()
                        + "; create it first (createdb no_such_db)")
                .satisfies(e -> assertThat(((StoreException) e).kind())
                        .isEqualTo(StoreException.Kind.NO_SUCH_DATABASE));
        assertThat(Files.exists(dir.resolve("i"))).isFalse();
    }

    @Test
    void theSchemaMatchesDuckDbsTableForTable() throws Exception {
        try (Store store = open()) {
            store.put(Docs.istanbul());
        }
        var columns = new ArrayList<String>();
        try (var c = raw().connect(); var rs = c.getMetaData().getColumns(null, "public", "%", null)) {
            while (rs.next()) {
                columns.add(rs.getString("TABLE_NAME") + "." + rs.getString("COLUMN_NAME"));
            }
        }
        var duck = new ArrayList<String>();
        Path file = dir.resolve("same.duckdb");
        try (Store store = Store.open(StoreConfig.duckdb(file))) {
            store.put(Docs.istanbul());
        }
        try (var c = RawDb.duckdb(file).connect(); var rs = c.getMetaData().getColumns(null, "main", "%", null)) {
            while (rs.next()) {
                duck.add(rs.getString("TABLE_NAME") + "." + rs.getString("COLUMN_NAME"));
            }
        }
        assertThat(columns).containsExactlyInAnyOrderElementsOf(duck).contains("articles.agency", "layers.data");
        assertThat(raw().dump().get("layers")).hasSameSizeAs(RawDb.duckdb(file).dump().get("layers"));
    }
}
