package org.parley.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Document;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventPlace;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.Events;
import org.parley.model.PublishedFrom;
import org.parley.model.Quantity;
import org.parley.model.Span;
import org.parley.model.Speaker;
import org.parley.model.Stamp;

import org.parley.model.StatementKind;
import org.parley.model.Statements;
import org.parley.model.Step;
import org.parley.model.Timeline;
import org.parley.model.TimelineEvent;
import org.parley.model.EventReport;
import org.parley.model.Contradiction;
import org.parley.store.Store;
import org.parley.store.StoreConfig;

/** Exports of a small store written for these tests (public facts, our own wording), in every format. */
class ExportTest {

    static final String ISTANBUL = "Istanbul talks end\n\nRussian and Ukrainian delegations met in Istanbul on "
            + "16 May 2025 and agreed to exchange 1,000 prisoners each. \"We agreed on the exchange,\" said "
            + "Vladimir Medinsky, who led Russia's delegation.";
    static final String HOSTILE = "=HYPERLINK(\"http://x\",\"click\")\n\nA text, with \"quotes\", commas\nand "
            + "a line break.";

    @TempDir
    Path dir;

    Store store;

    static Span span(String text, String phrase) {
        int at = text.indexOf(phrase);
        assertThat(at).as(phrase).isNotNegative();
        return new Span(at, at + phrase.length());
    }

    static Article article(String url, String title, String text, LocalDate published) {
        return new Article(ArticleId.fromUrl(url), "fixtures/" + url.hashCode() + ".txt", Optional.of("Test Wire"),
                Optional.empty(), Optional.of(url), Optional.of(title), Optional.ofNullable(published),
                published == null ? PublishedFrom.NONE : PublishedFrom.METADATA, Optional.empty(), "en", text,
                List.of());
    }

    static Document istanbul() {
        Article a = article("https://example.org/istanbul", "Istanbul talks end", ISTANBUL, LocalDate.of(2025, 5, 16));
        var statement = new org.parley.model.Statement("s1", StatementKind.DIRECT,
                List.of(span(ISTANBUL, "We agreed on the exchange,")), span(ISTANBUL, "said"),
                Optional.of(span(ISTANBUL, "Vladimir Medinsky")), Optional.of(new Speaker("Q4", "Vladimir Medinsky")),
                Optional.of("2025-05-16"), Optional.empty());
        Span sentence = span(ISTANBUL, "Russian and Ukrainian delegations met in Istanbul on 16 May 2025 and agreed "
                + "to exchange 1,000 prisoners each.");
        var round = new Event("e1", EventType.TALKS_ROUND, EventStatus.HAPPENED, Optional.empty(),
                Optional.of(new EventDate(span(ISTANBUL, "16 May 2025"), "2025-05-16", Optional.empty())),
                Optional.of(new EventPlace(span(ISTANBUL, "Istanbul on"), "Istanbul", Optional.empty())),
                List.of("Q159", "Q212"), List.of(), List.of(new Quantity(span(ISTANBUL, "1,000"), "prisoners", 1000)),
                List.of(), List.of(sentence));
        return Document.of(a).with(new Step(new Stamp("test", "1"),
                List.of(new Statements(List.of(statement)), new Events(List.of(round)),
                        new org.parley.model.Narratives(List.of(new org.parley.model.NarrativeLabel(
                                "URW: Praise of Russia", Optional.empty(), 0.625, List.of(sentence))))), List.of()));
    }

    static Document hostile() {
        return Document.of(article("https://example.org/hostile", "=HYPERLINK(\"http://x\",\"click\")", HOSTILE,
                null));
    }

    static Timeline timeline(Document doc) {
        var report = new EventReport(doc.article().id(), "e1", doc.article().title(), doc.article().outlet(),
                doc.article().published(), EventStatus.HAPPENED, Optional.of("2025-05-16"), Optional.of("Istanbul"),
                List.of(new TimelineEvent.Count("prisoners", 1000)), List.of(new Span(20, 60)));
        var other = new EventReport("0000000000000001", "e9", Optional.of("Other"), Optional.of("Other Wire"),
                Optional.of(LocalDate.of(2025, 5, 17)), EventStatus.HAPPENED, Optional.of("2025-05-16"),
                Optional.of("Istanbul"), List.of(new TimelineEvent.Count("prisoners", 900)), List.of(new Span(0, 9)));
        return new Timeline(List.of(new TimelineEvent("t1", EventType.TALKS_ROUND, EventStatus.HAPPENED,
                Optional.empty(), Optional.of("2025-05-16"), Optional.empty(), Optional.of("Istanbul"),
                List.of(new TimelineEvent.ActorRef("Q159", "Russia"), new TimelineEvent.ActorRef("Q212", "Ukraine")),
                List.of(new TimelineEvent.ActorRef("Q43", "Türkiye")), List.of(new TimelineEvent.Count("prisoners", 1000)),
                List.of(report, other), 2, 2, Optional.of(doc.article().id()),
                List.of(new Contradiction("quantity:prisoners", List.of(
                        new Contradiction.Version("1000", List.of(doc.article().id())),
                        new Contradiction.Version("900", List.of("0000000000000001"))))))), List.of());
    }

    @BeforeEach
    void fill() {
        store = Store.open(StoreConfig.duckdb(dir.resolve("parley.duckdb")));
        store.putAll(List.of(istanbul(), hostile()));
        store.replaceTimeline(timeline(istanbul()));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    private String text(Export.Table table, Export.Format format) {
        var out = new java.io.StringWriter();
        Export.builder().table(table).format(format).build().write(store, out);
        return out.toString();
    }

    private static List<JsonNode> lines(String jsonl) throws Exception {
        var out = new ArrayList<JsonNode>();
        for (String line : jsonl.split("\n")) {
            out.add(new ObjectMapper().readTree(line));
        }
        return out;
    }

    @Test
    void statementsAsJsonlCarryTheTextTheSpeakerAndTheOffsets() throws Exception {
        List<JsonNode> rows = lines(text(Export.Table.STATEMENTS, Export.Format.JSONL));
        assertThat(rows).hasSize(1);
        JsonNode s = rows.get(0);
        assertThat(s.get("content").asText()).isEqualTo("We agreed on the exchange,");
        assertThat(s.get("speaker").asText()).isEqualTo("Vladimir Medinsky");
        assertThat(s.get("cue").asText()).isEqualTo("said");
        assertThat(ISTANBUL.substring(s.get("start").asInt(), s.get("end").asInt()))
                .isEqualTo("We agreed on the exchange,");
        assertThat(s.get("published").asText()).isEqualTo("2025-05-16");
        assertThat(s.get("embedded_in").isNull()).isTrue();
    }

    @Test
    void eventsAndTimelineRowsListTheirPartsAndSources() throws Exception {
        JsonNode e = lines(text(Export.Table.EVENTS, Export.Format.JSONL)).get(0);
        assertThat(e.get("type").asText()).isEqualTo("TALKS_ROUND");
        assertThat(e.get("parties")).hasSize(2);
        assertThat(e.get("quantities").get(0).asText()).isEqualTo("1000 prisoners");
        assertThat(e.get("evidence").asText()).startsWith("Russian and Ukrainian delegations met in Istanbul");
        JsonNode t = lines(text(Export.Table.TIMELINE, Export.Format.JSONL)).get(0);
        assertThat(t.get("independent_sources").asInt()).isEqualTo(2);
        assertThat(t.get("mediators").get(0).asText()).isEqualTo("Türkiye");
        assertThat(t.get("contradictions").get(0).asText())
                .isEqualTo("quantity:prisoners: 1000 (" + istanbul().article().id() + ") / 900 (0000000000000001)");
    }

    @Test
    void narrativesRowsCarryTheLabelItsScoreAsANumberAndTheEvidence() throws Exception {
        List<JsonNode> rows = lines(text(Export.Table.NARRATIVES, Export.Format.JSONL));
        assertThat(rows).singleElement().satisfies(n -> {
            assertThat(n.get("label").asText()).isEqualTo("URW: Praise of Russia");
            assertThat(n.get("parent").isNull()).isTrue();
            assertThat(n.get("score").isDouble()).isTrue();
            assertThat(n.get("score").asDouble()).isEqualTo(0.625);
            assertThat(ISTANBUL.substring(n.get("start").asInt(), n.get("end").asInt()))
                    .isEqualTo(n.get("evidence").asText()).startsWith("Russian and Ukrainian delegations");
        });
        Path file = dir.resolve("narratives.parquet");
        Export.builder().table(Export.Table.NARRATIVES).format(Export.Format.PARQUET).build().write(store, file);
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT score, typeof(score) FROM read_parquet('" + file + "')")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getDouble(1)).isEqualTo(0.625);
            assertThat(rs.getString(2)).isEqualTo("DOUBLE");
        }
        assertThat(text(Export.Table.NARRATIVES, Export.Format.CSV)).startsWith(
                "article,label,parent,score,evidence,start,end,published,outlet\r\n").contains(",0.625,");
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndDefusesFormulas() {
        String csv = text(Export.Table.ARTICLES, Export.Format.CSV);
        List<String> records = List.of(csv.split("\r\n"));
        assertThat(records.get(0)).isEqualTo(
                "id,published,published_from,outlet,agency,url,title,language,source,chars,problems");
        assertThat(records).hasSize(3); // the header and two articles
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",en,");
        assertThat(csv).contains(",2025-05-16,METADATA,Test Wire,,https://example.org/istanbul,Istanbul talks end,en,");
        assertThat(CsvWriter.defused("-5 percent")).isEqualTo("'-5 percent");
        assertThat(CsvWriter.defused("Minus")).isEqualTo("Minus");
    }

    @Test
    void parquetHasTheDeclaredTypesAndTheSameRows() throws Exception {
        Path file = dir.resolve("events.parquet");
        Export.Result r = Export.builder().table(Export.Table.TIMELINE).format(Export.Format.PARQUET).build()
                .write(store, file);
        assertThat(r.rows()).isEqualTo(1);
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, sources, parties, typeof(parties), typeof(sources) FROM "
                        + "read_parquet('" + file + "')")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("t1");
            assertThat(rs.getLong(2)).isEqualTo(2);
            assertThat(rs.getString(3)).isEqualTo("[Russia, Ukraine]");
            assertThat(rs.getString(4)).isEqualTo("VARCHAR[]");
            assertThat(rs.getString(5)).isEqualTo("BIGINT");
            assertThat(rs.next()).isFalse();
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part")
                    || n.endsWith(".jsonl"));
        }
    }

    @Test
    void aTimelineQuerySelectsTheTimelineRowsAndNoOtherTable() {
        var out = new java.io.StringWriter();
        var istanbul = new org.parley.store.TimelineQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("istanbul"));
        Export.builder().table(Export.Table.TIMELINE).format(Export.Format.CSV).timeline(istanbul).build()
                .write(store, out);
        assertThat(out.toString()).contains("t1,TALKS_ROUND").hasLineCount(2);
        var elsewhere = new org.parley.store.TimelineQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("Geneva"));
        var none = new java.io.StringWriter();
        assertThat(Export.builder().table(Export.Table.TIMELINE).format(Export.Format.CSV).timeline(elsewhere)
                .build().write(store, none)).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Export.builder().table(Export.Table.ARTICLES)
                .timeline(istanbul).build()).hasMessageContaining("timeline query");
    }

    @Test
    void anEmptyTableStillHasItsColumns() throws Exception {
        store.replaceTimeline(Timeline.EMPTY);
        Path file = dir.resolve("empty.parquet");
        assertThat(Export.builder().table(Export.Table.TIMELINE).format(Export.Format.PARQUET).build()
                .write(store, file).rows()).isZero();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM (DESCRIBE SELECT * FROM read_parquet('"
                        + file + "'))")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(15);
        }
        assertThat(text(Export.Table.TIMELINE, Export.Format.CSV)).startsWith("id,type,status,").endsWith("\r\n")
                .hasLineCount(1);
    }

    @Test
    void theSameStoreExportsTheSameBytesAndAFailureLeavesTheOldFile() throws Exception {
        Path file = dir.resolve("articles.jsonl");
        var export = Export.builder().table(Export.Table.ARTICLES).format(Export.Format.JSONL).build();
        export.write(store, file);
        byte[] first = Files.readAllBytes(file);
        export.write(store, file);
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        assertThatThrownBy(() -> export.write(store, dir.resolve("missing/articles.jsonl")))
                .isInstanceOf(Export.ExportException.class).hasMessageContaining("missing")
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> Export.builder().format(Export.Format.PARQUET).build()
                .write(store, new java.io.StringWriter()))
                .isInstanceOf(Export.ExportException.class).hasMessageContaining("file");
    }
}
