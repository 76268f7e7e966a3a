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

/** A second process holding the database: the lock error must be a clear, typed one. */
class OtherProcessTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseHeldByAnotherProcessIsReportedAsInUse() throws Exception {
        Path db = dir.resolve("shared.duckdb");
        try (Store store = Store.open(StoreConfig.duckdb(db))) {
            store.put(Docs.geneva());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process holder = new ProcessBuilder(List.of(java, "-cp", classpath, HoldStore.class.getName(), db.toString()))
                .redirectErrorStream(true).start();
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
}
