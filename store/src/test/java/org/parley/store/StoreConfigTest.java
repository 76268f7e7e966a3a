package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void postgresUrlsGiveTheirPartsAndAnIndexInTheCache() {
        var config = StoreConfig.postgres("postgresql://news:s%40cr%3At@db.example.org:6543/parley?sslmode=require");
        var pg = (StoreConfig.Postgres) config.database();
        assertThat(pg).isEqualTo(new StoreConfig.Postgres("db.example.org", 6543, "parley", "news",
                java.util.Optional.of("s@cr:t"), "sslmode=require"));
        assertThat(pg.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:6543/parley?sslmode=require");
        assertThat(pg.toString()).isEqualTo("postgresql://news@db.example.org:6543/parley");
        assertThat(config.toString()).doesNotContain("s@cr:t").doesNotContain("s%40cr");
        assertThat(config.indexDir().toString()).endsWith("/parley/index/db.example.org_6543_parley");
        assertThat(config.access()).isEqualTo(StoreConfig.Access.READ_WRITE);

        var short_ = (StoreConfig.Postgres) StoreConfig.of("postgres://me@localhost/news").database();
        assertThat(short_.port()).isEqualTo(StoreConfig.DEFAULT_POSTGRES_PORT);
        assertThat(short_.password()).isEmpty();
        assertThat(StoreConfig.of("notes/parley.duckdb").database()).isInstanceOf(StoreConfig.DuckDb.class);
        assertThat(StoreConfig.of("postgresql://me@[::1]:5433/news").database())
                .extracting(d -> ((StoreConfig.Postgres) d).host()).isEqualTo("::1");
    }

    @Test
    void badPostgresUrlsFailWithoutShowingThePassword() {
        for (String bad : List.of("postgresql://me:pw-secret@localhost", "postgresql://localhost:5432/db",
                "postgresql://me:pw-secret@localhost:99999/db", "postgresql://me:pw-secret@host/a/b",
                "postgresql://me:pw-secret@ho st/db")) {
            assertThatThrownBy(() -> StoreConfig.postgres(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("pw-secret"));
        }
        assertThat(StoreConfig.redact("postgresql://me:pw-secret@localhost/db"))
                .isEqualTo("postgresql://me:***@localhost/db");
        assertThatThrownBy(() -> StoreConfig.postgres("mysql://me@h/db")).hasMessageContaining("not a PostgreSQL URL");
    }
}
