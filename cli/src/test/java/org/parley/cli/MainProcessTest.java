package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Document;
import org.parley.model.PublishedFrom;
import org.parley.store.Store;
import org.parley.store.StoreConfig;

/**
 * {@code parley} as a user runs it: a separate JVM through {@link Main#main}, so what it prints must reach the
 * terminal before {@code System.exit} (a table printed without a final newline once did not).
 */
class MainProcessTest {

    @TempDir
    Path dir;

    @Test
    void searchPrintsItsTableAndExitsZero() throws Exception {
        Path db = dir.resolve("p.duckdb");
        String text = "Negotiators agreed on a prisoner exchange in Istanbul.";
        try (Store store = Store.open(StoreConfig.duckdb(db))) {
            store.put(Document.of(new Article(ArticleId.fromText(text), "mem:1", Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of("Exchange agreed"), Optional.of(LocalDate.of(2025, 5, 16)), PublishedFrom.METADATA, Optional.empty(),
                    "en", text, List.of())));
        }
        Process p = java("search", "--db", db.toString(), "prisoner");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(out).contains("Exchange agreed").contains("2025-05-16");
    }

    @Test
    void aUserErrorIsOneLineAndExitCodeOne() throws Exception {
        Process p = java("docs", "--db", dir.resolve("none.duckdb").toString());
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(err.lines().toList()).singleElement().asString().startsWith("parley: no store at");
    }

    private static Process java(String... args) throws IOException {
        List<String> cmd = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).start();
    }
}
