package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreConfigTest {

    @TempDir
    Path dir;

    @Test
    void duckdbPutsTheIndexBesideTheFile() {
        var config = StoreConfig.duckdb(dir.resolve("x.duckdb"));
        assertThat(config.database()).isEqualTo(new StoreConfig.DuckDb(dir.resolve("x.duckdb").toAbsolutePath()));
        assertThat(config.access()).isEqualTo(StoreConfig.Access.READ_WRITE);
        assertThat(config.indexDir()).isEqualTo(dir.resolve("x.duckdb.lucene").toAbsolutePath());
        assertThat(config.indexCommitEvery()).isEqualTo(StoreConfig.DEFAULT_INDEX_COMMIT_EVERY);
    }

    @Test
    void badSettingsFailWhenBuilt() throws Exception {
        Files.createDirectories(dir.resolve("folder"));
        Files.writeString(dir.resolve("plain"), "x");
        assertThatThrownBy(() -> StoreConfig.duckdb(dir.resolve("folder"))).hasMessageContaining("is a folder");
        assertThatThrownBy(() -> StoreConfig.duckdb(dir.resolve("x.duckdb")).withIndexCommitEvery(0))
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> StoreConfig.duckdb(dir.resolve("x.duckdb")).withIndexDir(dir))
                .hasMessageContaining("would contain database file");
        assertThatThrownBy(() -> StoreConfig.duckdb(dir.resolve("x.duckdb")).withIndexDir(dir.resolve("plain")))
                .hasMessageContaining("is not a folder");
        assertThatThrownBy(() -> StoreConfig.duckdb(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aSmallCommitIntervalStillWorks() {
        try (Store store = Store.open(StoreConfig.duckdb(dir.resolve("y.duckdb")).withIndexCommitEvery(1))) {
            store.put(Docs.istanbul());
            store.put(Docs.geneva());
            assertThat(store.search("Istanbul OR Geneva", 5)).hasSize(2);
        }
    }
}
