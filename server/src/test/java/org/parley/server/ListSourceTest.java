package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.server.ApiTest.enc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A filtered list is the same whether the snapshot or the store's SQL answers it. */
class ListSourceTest {

    @BeforeAll
    static void start() {
        ApiTest.server = Fixture.server();
    }

    @AfterEach
    void restore() {
        Catalog.listSource = Catalog.ListSource.AUTO;
    }

    static JsonNode from(Catalog.ListSource source, String pathAndQuery) {
        Catalog.listSource = source;
        return ApiTest.ok(pathAndQuery);
    }

    @Test
    void snapshotAndSqlAgreeOnEveryFilterAndPage() {
        List<String> queries = new ArrayList<>(List.of("language=uk", "language=en&from=2025-01-01",
                "to=2022-12-31", "from=2022-03-01&to=2022-03-31", "from=2025-05-20&to=2025-05-20",
                "outlet=" + enc(Fixture.HOSTILE_OUTLET), "outlet=" + enc("' OR 1=1 --"), "language=en&limit=3&offset=2",
                "language=en&from=2022-01-01&limit=4&offset=100"));
        ApiTest.items(ApiTest.ok("/api/outlets")).forEach(o -> queries.add("outlet=" + enc(o.get("outlet").asText())
                + "&language=en"));
        int nonEmpty = 0;
        for (String q : queries) {
            JsonNode sql = from(Catalog.ListSource.SQL, "/api/articles?" + q);
            JsonNode snapshot = from(Catalog.ListSource.SNAPSHOT, "/api/articles?" + q);
            assertThat(sql).as(q).isEqualTo(snapshot);
            nonEmpty += sql.get("items").size() > 0 ? 1 : 0;
            JsonNode timeline = from(Catalog.ListSource.SQL, "/api/dates?limit=500&" + q.replaceAll("&?(limit|"
                    + "offset)=\\d+", ""));
            assertThat(timeline).as(q).isEqualTo(from(Catalog.ListSource.SNAPSHOT, "/api/dates?limit=500&"
                    + q.replaceAll("&?(limit|offset)=\\d+", "")));
        }
        assertThat(nonEmpty).isGreaterThan(5);
        // And both differ from the unfiltered list, so the filters did filter.
        assertThat(from(Catalog.ListSource.SQL, "/api/articles?language=uk").get("total").asInt()).isEqualTo(1);
    }

    @Test
    void autoAsksSqlOnlyWhileALargeSnapshotIsOutOfDate(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        for (int size : new int[] {Catalog.SQL_FROM - 1, Catalog.SQL_FROM}) {
            var config = org.parley.store.StoreConfig.duckdb(dir.resolve("store-" + size + ".duckdb"));
            try (org.parley.store.Store store = org.parley.store.Store.open(config)) {
                List<org.parley.model.Document> docs = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    docs.add(LoadTest.synthetic(i));
                }
                store.putAll(docs);
                Catalog catalog = new Catalog(store);
                var uk = new Catalog.ArticleFilter(java.util.Optional.empty(), java.util.Optional.of("uk"),
                        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty());
                long before = catalog.articles(uk, 10, 0).total();
                assertThat(before).isEqualTo(size / 10 + (size % 10 > 3 ? 1 : 0));
                assertThat(catalog.snapshotCurrent()).isTrue();

                var added = LoadTest.synthetic(size + 10 - size % 10 + 3); // a Ukrainian one
                store.put(added);
                catalog.changed(added.article().id());
                assertThat(catalog.articles(uk, 10, 0).total()).as("size " + size).isEqualTo(before + 1);
                // Small: the snapshot was taken again; large: SQL answered and the snapshot waits.
                assertThat(catalog.snapshotCurrent()).as("size " + size).isEqualTo(size < Catalog.SQL_FROM);
            }
        }
    }
}
