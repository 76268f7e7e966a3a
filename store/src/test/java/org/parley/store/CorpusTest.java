package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Document;
import org.parley.model.PublishedFrom;
import org.parley.testing.Shared;

/**
 * Real text from ../shared (skipped where absent): round trips, idempotence and timings at corpus scale, on each
 * backend.
 */
class CorpusTest {

    @Nested
    class OnDuckDb extends Cases {
        @Override
        Backend backend(Path dir) {
            return Backend.duckdb(dir);
        }
    }

    @Nested
    class OnPostgres extends Cases {
        @Override
        Backend backend(Path dir) {
            return Backend.postgres(dir);
        }
    }

    abstract static class Cases {

        @TempDir
        Path dir;

        Backend backend;

        abstract Backend backend(Path dir);

        @BeforeEach
        void createDatabase() {
            backend = backend(dir);
        }

        @AfterEach
        void dropDatabase() {
            if (backend != null) {
                backend.close();
            }
        }

        private static Document raw(Path file) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8).strip();
                String title = text.lines().findFirst().orElse("").strip();
                var article = new Article(ArticleId.fromText(text), file.getFileName().toString(), Optional.empty(), Optional.empty(),
                        Optional.empty(), title.isEmpty() ? Optional.empty() : Optional.of(title), Optional.empty(),
                        PublishedFrom.NONE, Optional.empty(), "en", text, List.of());
                return Document.of(article);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }

        @Test
        void seedsRoundTripAndAreSearchable() {
            List<Document> docs = Shared.seeds().stream().map(Cases::raw).toList();
            String grushko = raw(Shared.seed("002")).article().id();
            try (Store store = backend.open()) {
                for (Document d : docs) {
                    assertThat(store.put(d)).isEqualTo(PutResult.NEW);
                }
                for (Document d : docs) {
                    assertThat(store.get(d.article().id())).contains(d);
                    assertThat(store.put(d)).isEqualTo(PutResult.UNCHANGED);
                }
                var hits = store.search("Grushko", 5);
                assertThat(hits).extracting(SearchHit::id).containsExactly(grushko);
                assertThat(hits.get(0).snippet()).contains("Grushko");
            }
        }

        @Test
        void corpusScaleTimings() throws Exception {
            Path folder = Shared.corpus("semeval2025-t10-en-train").resolve("raw-documents");
            List<Document> docs;
            try (Stream<Path> files = Files.list(folder)) {
                docs = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(Cases::raw).toList();
            }
            // The corpus repeats some texts under other file names: same text-derived id, different source. Each
            // such put would be UPDATED (the source is stored), so keep the first of each id here.
            var firstOfEach = new java.util.LinkedHashMap<String, Document>();
            docs.forEach(d -> firstOfEach.putIfAbsent(d.article().id(), d));
            int duplicates = docs.size() - firstOfEach.size();
            docs = List.copyOf(firstOfEach.values());
            long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
            var ids = new java.util.HashSet<String>();
            docs.forEach(d -> ids.add(d.article().id()));
            long t0 = System.nanoTime();
            var results = new ArrayList<PutResult>();
            try (Store store = backend.open()) {
                for (Document d : docs) {
                    results.add(store.put(d));
                }
            }
            long t1 = System.nanoTime();
            assertThat(results).containsOnly(PutResult.NEW);
            var before = backend.raw().dump();
            long t2 = System.nanoTime();
            try (Store store = backend.open()) {
                for (Document d : docs) {
                    assertThat(store.put(d)).isEqualTo(PutResult.UNCHANGED);
                }
            }
            long t3 = System.nanoTime();
            assertThat(backend.raw().dump()).isEqualTo(before);
            StoreTest.deleteTree(backend.config().indexDir());
            long t4 = System.nanoTime();
            int rebuilt;
            long searchNanos;
            try (Store store = backend.open()) {
                rebuilt = ((JdbcStore) store).lastReindexed();
                long t5 = System.nanoTime();
                for (String q : List.of("Ukraine", "\"peace talks\"", "sanction*", "NATO AND Zelensky", "ceasefire")) {
                    assertThat(store.search(q, 10)).as(q).isNotEmpty();
                }
                searchNanos = (System.nanoTime() - t5) / 5;
            }
            long t6 = System.nanoTime();
            assertThat(rebuilt).isEqualTo(ids.size());
            System.out.printf("[store figures, %s] %d docs (%d duplicate texts dropped), %d chars: put NEW %.0f docs/s (%.1f ms total, incl. open/close); "
                            + "put UNCHANGED %.0f docs/s; index rebuild at open + close %.1f ms; search %.2f ms/query%n",
                    backend.config().database().getClass().getSimpleName(), ids.size(), duplicates, chars, docs.size() / secs(t1 - t0), ms(t1 - t0), docs.size() / secs(t3 - t2),
                    ms(t6 - t4) , searchNanos / 1e6);
            if (backend.config().database() instanceof StoreConfig.DuckDb duck) {
                System.out.printf("[store figures, DuckDb] db file %d bytes, index %d bytes%n", Files.size(duck.file()),
                        size(backend.config().indexDir()));
            }
        }

        private static double secs(long nanos) {
            return nanos / 1e9;
        }

        private static double ms(long nanos) {
            return nanos / 1e6;
        }

        private static long size(Path folder) throws IOException {
            try (Stream<Path> s = Files.walk(folder)) {
                return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
        }
    }
}
