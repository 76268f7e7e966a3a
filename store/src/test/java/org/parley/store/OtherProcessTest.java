package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second process holding the database: on DuckDB the lock error must be a clear, typed one; on PostgreSQL a
 * second writer gets that error while readers work beside the writer.
 */
class OtherProcessTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseHeldByAnotherProcessIsReportedAsInUse() throws Exception {
        Path db = dir.resolve("shared.duckdb");
        try (Store store = Store.open(StoreConfig.duckdb(db))) {
            store.put(Docs.geneva());
        }
        Process holder = hold(db.toString());
        try {
            var out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).as("the child process's first line").isEqualTo("ready 1");

            assertThatThrownBy(() -> Store.open(StoreConfig.duckdb(db)))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("database " + db + " is in use by another process")
                    .satisfies(e -> assertThat(((StoreException) e).kind()).isEqualTo(StoreException.Kind.IN_USE));
        } finally {
            holder.getOutputStream().close(); // lets the child close its store and exit
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        assertThat(holder.exitValue()).isZero();
        try (Store store = Store.open(StoreConfig.duckdb(db))) { // released again
            assertThat(store.count()).isEqualTo(1);
        }
    }

    @Test
    void onPostgresqlReadersWorkWhileAnotherProcessWrites() throws Exception {
        try (Backend backend = Backend.postgres(dir)) {
            StoreConfig config = backend.config();
            try (Store store = Store.open(config)) {
                store.put(Docs.geneva());
            }
            var pg = (StoreConfig.Postgres) config.database();
            Process holder = hold(PgServer.get().url(pg.database()), config.indexDir().toString());
            try {
                var out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
                assertThat(out.readLine()).as("the child process's first line").isEqualTo("ready 1");

                assertThatThrownBy(() -> Store.open(config))
                        .isInstanceOf(StoreException.class)
                        .hasMessageStartingWith("database " + pg + " is in use by another writer")
                        .satisfies(e -> assertThat(((StoreException) e).kind()).isEqualTo(StoreException.Kind.IN_USE));
                try (Store reader = Store.open(config.withAccess(StoreConfig.Access.READ_ONLY))) {
                    assertThat(reader.list(10, 0)).extracting(ArticleSummary::id)
                            .containsExactly(Docs.geneva().article().id());
                    assertThat(reader.get(Docs.geneva().article().id())).contains(Docs.geneva());
                    assertThat(reader.search("Geneva", 5)).hasSize(1); // the index the other process committed
                }
            } finally {
                holder.getOutputStream().close();
                if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                    holder.destroyForcibly();
                }
            }
            assertThat(holder.exitValue()).isZero();
            try (Store store = Store.open(config)) { // the writer's lock went with its process
                assertThat(store.count()).isEqualTo(1);
            }
        }
    }

    /** A child JVM holding a writing store on the location until its stdin closes. */
    private static Process hold(String... args) throws java.io.IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        var command = new java.util.ArrayList<>(List.of(java, "-cp", classpath, HoldStore.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
