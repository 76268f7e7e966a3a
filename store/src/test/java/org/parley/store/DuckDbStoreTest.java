package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The store's cases on an embedded DuckDB file, and those of DuckDB alone. */
class DuckDbStoreTest extends StoreTest {

    @Override
    Backend backend(Path dir) {
        return Backend.duckdb(dir);
    }

    @Override
    String secondWriterRefusal() {
        return "is already open in this process";
    }

    private Path db() {
        return ((StoreConfig.DuckDb) backend.config().database()).file();
    }

    @Test
    void aFileThatIsNotADatabaseIsATypedError() throws Exception {
        Files.writeString(db(), "these are notes, not a database\n");
        assertThatThrownBy(this::open)
                .isInstanceOf(StoreException.class)
                .hasMessage("file " + db() + " is not a DuckDB database")
                .satisfies(e -> assertThat(((StoreException) e).kind()).isEqualTo(StoreException.Kind.NOT_A_DATABASE));
        assertThat(Files.readString(db())).startsWith("these are notes"); // untouched
    }

    @Test
    void aReaderIsStillTheOneOpenerOfTheFile() {
        try (Store writer = open()) {
            assertThatThrownBy(() -> Store.open(backend.config().withAccess(StoreConfig.Access.READ_ONLY)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("is already open in this process");
        }
    }

    @Test
    void createsMissingFolders() {
        Path nested = dir.resolve("a/b/c.duckdb");
        try (Store store = Store.open(StoreConfig.duckdb(nested))) {
            store.put(Docs.geneva());
        }
        assertThat(nested).isRegularFile();
        assertThat(dir.resolve("a/b/c.duckdb.lucene")).isDirectory();
    }
}
