package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Document;
import org.parley.model.Mentions;
import org.parley.model.Problem;
import org.parley.model.Timexes;
import org.parley.model.Tokens;

/**
 * The store's behaviour, the same on every backend: {@link DuckDbStoreTest} and {@link PgStoreTest} run these
 * cases, each on a fresh database, and add the cases of their own backend.
 */
abstract class StoreTest {

    @TempDir
    Path dir;

    Backend backend;

    /** The backend of this test run, with a fresh database in (or beside) {@code dir}. */
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

    Store open() {
        return backend.open();
    }

    RawDb raw() {
        return backend.raw();
    }

    @Test
    void roundTripKeepsArticleKeptLayersAndProblemsByOrigin() {
        Document doc = Docs.istanbul();
        try (Store store = open()) {
            assertThat(store.put(doc)).isEqualTo(PutResult.NEW);
            Document back = store.get(doc.article().id()).orElseThrow();
            assertThat(back).isEqualTo(doc);
            assertThat(back.article().problems()).extracting(Problem::code).containsExactly("date.guessed-year");
            assertThat(back.problems()).extracting(Problem::code).containsExactly("ner.low-confidence", "extra.note");
            assertThat(back.article().problems().get(0).span()).contains(Docs.span(Docs.ISTANBUL, "16 May 2025"));
            assertThat(back.find(Mentions.class).orElseThrow().items()).hasSize(3);
            assertThat(back.layers()).hasSize(4).containsKey(Tokens.class);
            assertThat(back.stamps()).extracting(Object::toString).containsExactly("nlp@1", "extra@2");
            assertThat(back.steps().get(1).problems()).extracting(Problem::code).containsExactly("extra.note");
            assertThat(back.article().agency()).contains("Example Agency");
            assertThat(back.article().fetched()).contains(java.time.Instant.parse("2025-05-16T10:15:30Z"));
            assertThat(store.stamps(doc.article().id())).isEqualTo(back.stamps());
            assertThat(store.stamps("0000000000000000")).isEmpty();
        }
    }

    @Test
    void layersComeBackOnlyWhenTheDocumentHadThemEvenEmpty() {
        try (Store store = open()) {
            store.put(Docs.french());
            store.put(Docs.riyadhUndated());
            Document french = store.get(Docs.french().article().id()).orElseThrow();
            assertThat(french).isEqualTo(Docs.french());
            assertThat(french.layers()).isEmpty();
            Document riyadh = store.get(Docs.riyadhUndated().article().id()).orElseThrow();
            assertThat(riyadh).isEqualTo(Docs.riyadhUndated());
            assertThat(riyadh.find(Mentions.class)).contains(new Mentions(List.of()));
            assertThat(riyadh.find(Timexes.class)).contains(new Timexes(List.of()));
            assertThat(riyadh.article().published()).isEmpty();
        }
    }

    @Test
    void unicodeWithEmojiRoundTripsExactlyWithOffsets() {
        Document doc = Docs.emoji();
        try (Store store = open()) {
            store.put(doc);
        }
        try (Store store = open()) { // from the file, not from any cache
            Document back = store.get(doc.article().id()).orElseThrow();
            assertThat(back).isEqualTo(doc);
            assertThat(back.text()).isEqualTo(Docs.EMOJI);
            assertThat(back.article().title()).contains("Ankara 🕊️ round");
            var timex = back.find(Timexes.class).orElseThrow().items().get(0);
            assertThat(timex.span().of(back.text())).isEqualTo("𝟚𝟘𝟚𝟞");
        }
    }

    @Test
    void getOfUnknownIdIsEmpty() {
        try (Store store = open()) {
            assertThat(store.get("0000000000000000")).isEmpty();
        }
    }

    @Test
    void putTwiceIsUnchangedAndWritesNothing() throws Exception {
        try (Store store = open()) {
            assertThat(store.put(Docs.istanbul())).isEqualTo(PutResult.NEW);
            assertThat(store.put(Docs.geneva())).isEqualTo(PutResult.NEW);
        }
        var before = raw().dump();
        assertThat(before.get("store_meta")).containsExactly("generation|2|");
        try (Store store = open()) {
            // A fresh pipeline run gives equal but not identical objects, and different token layers.
            Document again = Docs.istanbul();
            assertThat(store.put(again)).isEqualTo(PutResult.UNCHANGED);
            assertThat(store.put(Docs.geneva())).isEqualTo(PutResult.UNCHANGED);
            assertThat(store.count()).isEqualTo(2);
        }
        assertThat(raw().dump()).isEqualTo(before); // stored_at and the generation included
    }

    @Test
    void changedContentIsUpdatedAndChildrenReplaced() throws Exception {
        Document original = Docs.istanbul();
        Document changed = Document.of(original.article()).with(
                List.of(new Mentions(original.get(Mentions.class).items().subList(0, 1)),
                        original.get(Timexes.class)),
                List.of());
        try (Store store = open()) {
            store.put(original);
            assertThat(store.put(changed)).isEqualTo(PutResult.UPDATED);
            assertThat(store.get(original.article().id())).contains(changed);
            assertThat(store.count()).isEqualTo(1);
            assertThat(store.put(changed)).isEqualTo(PutResult.UNCHANGED);
        }
        assertThat(raw().number("SELECT COUNT(*) FROM layers WHERE name = 'mentions'")).isEqualTo(1);
        assertThat(raw().number("SELECT COUNT(*) FROM problems")).isEqualTo(1); // the ingest problem only
        assertThat(raw().number("SELECT value FROM store_meta")).isEqualTo(2);
    }

    @Test
    void aChangeInAnyStoredFieldCountsAsUpdated() {
        Document base = Docs.geneva();
        var a = base.article();
        List<Document> variants = List.of(
                Document.of(a.withPublished(LocalDate.of(2025, 11, 24), a.publishedFrom())).with(
                        List.copyOf(base.layers().values()), List.of()),
                base.with(List.of(), List.of(Problem.of("test.extra", "x", "an added problem"))),
                Document.of(a).with(List.of(base.get(Mentions.class)), List.of()));
        try (Store store = open()) {
            store.put(base);
            for (Document v : variants) {
                assertThat(store.put(v)).isEqualTo(PutResult.UPDATED);
                assertThat(store.get(a.id())).contains(v);
            }
        }
    }

    @Test
    void aFailedChildInsertLeavesNothingOfANewArticle() throws Exception {
        Faults failOnMentions = point -> {
            if (point.equals("insert:steps")) {
                throw new IllegalStateException("injected failure");
            }
        };
        Document doc = Docs.istanbul();
        try (Store store = backend.open(failOnMentions)) {
            store.put(Docs.french()); // no layer, but the hook still fires: it must fail too
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("injected failure");
        }
        try (Store store = backend.open(failOnMentions)) {
            assertThatThrownBy(() -> store.put(doc)).hasMessage("injected failure");
            assertThat(store.get(doc.article().id())).isEmpty();
            assertThat(store.count()).isZero();
            assertThat(store.search("Istanbul", 5)).isEmpty();
        }
        for (String table : List.of("articles", "problems", "steps", "layers")) {
            assertThat(raw().number("SELECT COUNT(*) FROM " + table)).as(table).isZero();
        }
        assertThat(raw().number("SELECT value FROM store_meta")).isZero();
    }

    @Test
    void aFailedUpdateKeepsThePreviousVersionWhole() throws Exception {
        Document original = Docs.istanbul();
        try (Store store = open()) {
            store.put(original);
        }
        var before = raw().dump();
        Faults failOnTimexes = point -> {
            if (point.equals("insert:layer:timexes")) {
                throw new IllegalStateException("injected failure");
            }
        };
        Document changed = original.with(List.of(), List.of(Problem.of("test.changed", "x", "a change")));
        try (Store store = backend.open(failOnTimexes)) {
            assertThatThrownBy(() -> store.put(changed)).hasMessage("injected failure");
            assertThat(store.get(original.article().id())).contains(original);
        }
        assertThat(raw().dump()).isEqualTo(before);
    }

    @Test
    void listIsNewestFirstUndatedLastThenById() {
        try (Store store = open()) {
            store.put(Docs.istanbul());        // 2025-05-16
            store.put(Docs.geneva());          // 2025-11-23
            store.put(Docs.riyadhUndated());   // none
            store.put(Docs.emoji());           // 2026-01-02
            store.put(Docs.french());          // 2025-06-01
            var list = store.list(10, 0);
            assertThat(list).extracting(s -> s.published().map(LocalDate::toString).orElse("-"))
                    .containsExactly("2026-01-02", "2025-11-23", "2025-06-01", "2025-05-16", "-");
            assertThat(store.list(2, 1)).extracting(ArticleSummary::id)
                    .containsExactly(list.get(1).id(), list.get(2).id());
            ArticleSummary istanbul = list.get(3);
            assertThat(istanbul.id()).isEqualTo(Docs.istanbul().article().id());
            assertThat(istanbul.count("mentions")).isEqualTo(3);
            assertThat(istanbul.count("timexes")).isEqualTo(3);
            assertThat(istanbul.layers()).containsOnlyKeys("tokens", "sentences", "mentions", "timexes");
            assertThat(istanbul.problems()).isEqualTo(3);
            assertThat(istanbul.title()).contains("Talks in Istanbul");
            assertThat(istanbul.outlet()).contains("Test Wire");
            assertThat(istanbul.language()).isEqualTo("en");
            assertThat(istanbul.source()).isEqualTo(Docs.istanbul().article().source());
            assertThat(store.list(0, 0)).isEmpty();
            assertThat(store.count()).isEqualTo(5);
            assertThat(store.summary(istanbul.id())).contains(istanbul);
            assertThat(store.article(istanbul.id())).contains(Docs.istanbul().article());
            assertThat(store.article("0000000000000000")).isEmpty();
            assertThat(store.summary("0000000000000000")).isEmpty();
        }
    }

    @Test
    void listAndCountFilterByOutletLanguageAndDatesWithValuesAsData() {
        String hostile = "Other' OR 1=1 --";
        var o = Docs.article("https://example.org/other", "Other outlet", "Talks in Doha resumed.",
                Optional.of(LocalDate.of(2025, 5, 20)), "en", List.of());
        var other = new org.parley.model.Article(o.id(), o.source(), Optional.of(hostile), o.agency(), o.url(),
                o.title(), o.published(), o.publishedFrom(), o.fetched(), o.language(), o.text(), o.problems());
        try (Store store = open()) {
            store.put(Docs.istanbul());        // 2025-05-16, en, Test Wire
            store.put(Docs.geneva());          // 2025-11-23, en, Test Wire
            store.put(Docs.riyadhUndated());   // undated, en, Test Wire
            store.put(Docs.emoji());           // 2026-01-02, en, Test Wire
            store.put(Docs.french());          // 2025-06-01, fr, Test Wire
            store.put(Document.of(other));     // 2025-05-20, en, the hostile outlet
            java.util.function.Function<ArticleQuery, List<String>> dates = q -> store.list(q, 10, 0).stream()
                    .map(s -> s.published().map(LocalDate::toString).orElse("-")).toList();
            assertThat(store.list(ArticleQuery.ALL, 10, 0)).isEqualTo(store.list(10, 0));
            assertThat(store.count(ArticleQuery.ALL)).isEqualTo(6);
            var wire = new ArticleQuery(Optional.of("Test Wire"), Optional.empty(), Optional.empty(),
                    Optional.empty());
            assertThat(dates.apply(wire)).containsExactly("2026-01-02", "2025-11-23", "2025-06-01", "2025-05-16", "-");
            var english2025 = new ArticleQuery(Optional.empty(), Optional.of("en"),
                    Optional.of(LocalDate.of(2025, 1, 1)), Optional.of(LocalDate.of(2025, 12, 31)));
            assertThat(dates.apply(english2025)).containsExactly("2025-11-23", "2025-05-20", "2025-05-16");
            assertThat(store.count(english2025)).isEqualTo(3);
            // Bounds are inclusive; an undated article meets no bound.
            var may = new ArticleQuery(Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2025, 5, 16)),
                    Optional.of(LocalDate.of(2025, 5, 20)));
            assertThat(dates.apply(may)).containsExactly("2025-05-20", "2025-05-16");
            assertThat(store.list(english2025, 1, 1)).extracting(ArticleSummary::id).containsExactly(other.id());
            var byHostile = new ArticleQuery(Optional.of(hostile), Optional.empty(), Optional.empty(),
                    Optional.empty());
            assertThat(store.list(byHostile, 10, 0)).extracting(ArticleSummary::id).containsExactly(other.id());
            var injection = new ArticleQuery(Optional.of("x' OR '1'='1"), Optional.of("en' --"), Optional.empty(),
                    Optional.empty());
            assertThat(store.list(injection, 10, 0)).isEmpty();
            assertThat(store.count(injection)).isZero();
            assertThat(store.count()).isEqualTo(6);
        }
    }

    @Test
    void shortIdPrefixesResolve() {
        try (Store store = open()) {
            store.put(Docs.istanbul());
            store.put(Docs.geneva());
            String id = Docs.istanbul().article().id();
            assertThat(store.idsStartingWith(id.substring(0, 6), 5)).containsExactly(id);
            assertThat(store.idsStartingWith("", 5)).hasSize(2);
            assertThat(store.idsStartingWith("zz'%", 5)).isEmpty();
        }
    }

    @Test
    void undatedArticlesAreOrderedById() {
        var a = Docs.riyadhUndated().article();
        try (Store store = open()) {
            for (String url : List.of("https://example.org/c", "https://example.org/a", "https://example.org/b")) {
                var art = Docs.article(url, "t", a.text(), Optional.empty(), "en", List.of());
                store.put(Document.of(art));
            }
            List<String> ids = store.list(10, 0).stream().map(ArticleSummary::id).toList();
            assertThat(ids).isSorted().hasSize(3);
        }
    }

    @Test
    void searchFindsStemsPhrasesAndTitlesWithASnippet() {
        try (Store store = open()) {
            store.put(Docs.istanbul());
            store.put(Docs.geneva());
            store.put(Docs.riyadhUndated());
            var hits = store.search("prisoner", 10); // stem of "prisoners"
            assertThat(hits).extracting(SearchHit::id).containsExactly(Docs.istanbul().article().id());
            SearchHit hit = hits.get(0);
            assertThat(hit.snippet()).contains("prisoners").startsWith("…");
            assertThat(hit.title()).contains("Talks in Istanbul");
            assertThat(hit.published()).contains(LocalDate.of(2025, 5, 16));
            assertThat(hit.score()).isPositive();

            assertThat(store.search("\"peace framework\"", 10)).extracting(SearchHit::id)
                    .containsExactly(Docs.geneva().article().id());
            assertThat(store.search("Ukraine", 10)).hasSize(2);
            assertThat(store.search("Ukraine -Geneva", 10)).extracting(SearchHit::id)
                    .containsExactly(Docs.istanbul().article().id());
            assertThat(store.search("title:\"black sea\"", 10)).extracting(SearchHit::id)
                    .containsExactly(Docs.riyadhUndated().article().id());
            assertThat(store.search("maritim*", 10).get(0).snippet()).contains("maritime");
            assertThat(store.search("Grushko", 10)).isEmpty();
        }
    }

    @Test
    void searchSeesUpdatesAndLimit() {
        try (Store store = open()) {
            store.put(Docs.istanbul());
            store.put(Docs.geneva());
            assertThat(store.search("Ukraine", 1)).hasSize(1);
            var a = Docs.geneva().article();
            var renamed = Docs.article(a.url().orElseThrow(), "Moved to Vienna", a.text(), a.published(), "en",
                    List.of());
            assertThat(store.put(Document.of(renamed))).isEqualTo(PutResult.UPDATED);
            assertThat(store.search("title:vienna", 10)).extracting(SearchHit::id).containsExactly(a.id());
            assertThat(store.search("title:consultations", 10)).isEmpty();
        }
    }

    @Test
    void malformedQueryIsATypedErrorWithOneClearLine() {
        try (Store store = open()) {
            store.put(Docs.istanbul());
            for (String bad : List.of("\"unclosed phrase", "talks AND", "(Istanbul", "*leading", "")) {
                assertThatThrownBy(() -> store.search(bad, 5))
                        .as(bad)
                        .isInstanceOf(InvalidQueryException.class)
                        .hasMessageStartingWith("invalid search query '" + bad + "': ")
                        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"))
                        .satisfies(e -> assertThat(((StoreException) e).kind())
                                .isEqualTo(StoreException.Kind.INVALID_QUERY));
            }
        }
    }

    @Test
    void indexIsRebuiltWhenItsFolderIsDeleted() throws Exception {
        try (Store store = open()) {
            store.put(Docs.istanbul());
            store.put(Docs.geneva());
        }
        Path lucene = backend.config().indexDir();
        assertThat(lucene).isDirectory();
        deleteTree(lucene);
        try (Store store = open()) {
            assertThat(((JdbcStore) store).lastReindexed()).isEqualTo(2);
            assertThat(store.search("Geneva", 5)).extracting(SearchHit::id)
                    .containsExactly(Docs.geneva().article().id());
        }
        try (Store store = open()) {
            assertThat(((JdbcStore) store).lastReindexed()).isZero(); // in step again: nothing to do
        }
    }

    @Test
    void indexCatchesUpAfterACrashBetweenDatabaseAndIndexCommit() throws Exception {
        try (Store store = open()) {
            store.put(Docs.istanbul());
        }
        JdbcStore crashing = backend.open(Faults.NONE);
        crashing.put(Docs.geneva());
        crashing.put(Docs.riyadhUndated());
        crashing.crash(); // both are committed in the database, neither in the index
        try (Store store = open()) {
            // Only the two articles written after the index's generation are re-indexed, not everything.
            assertThat(((JdbcStore) store).lastReindexed()).isEqualTo(2);
            assertThat(((JdbcStore) store).indexGeneration()).isEqualTo(3);
            assertThat(store.search("Geneva", 5)).hasSize(1);
            assertThat(store.search("maritime", 5)).hasSize(1);
            assertThat(store.search("prisoners", 5)).hasSize(1);
        }
    }

    @Test
    void indexCatchesUpWhenTheDatabaseMovedWithoutIt() throws Exception {
        try (Store store = open()) {
            store.put(Docs.istanbul());
        }
        // Another writer (or a restored database) changed an article and the generation behind the index's back.
        raw().execute("UPDATE articles SET text = 'Envoys spoke about grain corridors.', generation = 2",
                "UPDATE store_meta SET value = 2");
        try (Store store = open()) {
            assertThat(store.search("grain", 5)).extracting(SearchHit::id)
                    .containsExactly(Docs.istanbul().article().id());
            assertThat(store.search("prisoners", 5)).isEmpty();
        }
    }

    @Test
    void aFailedIndexWriteIsRepairedBeforeTheNextSearch() {
        Faults failIndex = point -> {
            if (point.equals("index:put")) {
                throw new IllegalStateException("injected index failure");
            }
        };
        try (JdbcStore store = backend.open(failIndex)) {
            assertThat(store.put(Docs.istanbul())).isEqualTo(PutResult.NEW); // stored despite the index
            assertThat(store.indexGeneration()).isZero();
            assertThat(store.search("Istanbul", 5)).hasSize(1);
            assertThat(store.lastReindexed()).isEqualTo(1);
        }
    }

    @Test
    void migrationsAreRecordedAndReopeningAppliesNothing() throws Exception {
        try (Store store = open()) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.latest()).isEqualTo(3);
            store.put(Docs.istanbul());
        }
        var versions = raw().dump().get("schema_version");
        assertThat(versions).hasSize(3);
        assertThat(versions.get(0)).startsWith("1|articles|");
        assertThat(versions.get(1)).startsWith("2|generic layers|");
        assertThat(versions.get(2)).startsWith("3|timeline|");
        try (Store store = open()) {
            assertThat(store.schemaVersion()).isEqualTo(3);
            assertThat(store.count()).isEqualTo(1);
            assertThat(store.get(Docs.istanbul().article().id())).contains(Docs.istanbul());
        }
        assertThat(raw().dump().get("schema_version")).isEqualTo(versions);
    }

    @Test
    void aDatabaseFromANewerParleyIsRefused() throws Exception {
        try (Store store = open()) {
            store.put(Docs.istanbul());
        }
        raw().execute("INSERT INTO schema_version VALUES (99, 'from the future', TIMESTAMP '2030-01-01 00:00:00')");
        assertThatThrownBy(this::open)
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(backend.name())
                .hasMessageContaining("schema version 99")
                .satisfies(e -> assertThat(((StoreException) e).kind()).isEqualTo(StoreException.Kind.SCHEMA_TOO_NEW));
        // The refusal released the file: after a downgrade of the row, it opens again.
        raw().execute("DELETE FROM schema_version WHERE version = 99");
        try (Store store = open()) {
            assertThat(store.count()).isEqualTo(1);
        }
    }

    @Test
    void aSecondWriterIsRefusedUntilTheFirstCloses() {
        Store first = open();
        assertThatThrownBy(this::open)
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(backend.name())
                .hasMessageContaining(secondWriterRefusal())
                .satisfies(e -> assertThat(((StoreException) e).kind()).isEqualTo(StoreException.Kind.IN_USE));
        first.close();
        first.close(); // idempotent
        try (Store second = open()) {
            assertThat(second.count()).isZero();
        }
        assertThatThrownBy(() -> first.count()).isInstanceOf(IllegalStateException.class);
    }

    /** What the refusal of a second writer in this process says on this backend. */
    abstract String secondWriterRefusal();

    @Test
    void aReadOnlyStoreReadsAndSearchesButRefusesPuts() {
        try (Store store = open()) {
            store.put(Docs.istanbul());
        }
        try (Store reader = Store.open(backend.config().withAccess(StoreConfig.Access.READ_ONLY))) {
            assertThat(reader.count()).isEqualTo(1);
            assertThat(reader.get(Docs.istanbul().article().id())).contains(Docs.istanbul());
            assertThat(reader.search("prisoners", 5)).extracting(SearchHit::id)
                    .containsExactly(Docs.istanbul().article().id());
            assertThatThrownBy(() -> reader.put(Docs.geneva())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("read-only");
        }
    }

    static void deleteTree(Path root) throws Exception {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
