package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Statements;
import org.parley.store.Store;
import org.parley.store.StoreConfig;

/** {@code parley export} over the example corpus's store: every format, the row counts, and bad arguments. */
class ExportCommandTest {

    @TempDir
    static Path dir;
    static Path db;
    static int articles;
    static int statements;

    @BeforeAll
    static void ingestTheCorpus() {
        db = dir.resolve("parley.duckdb");
        Cli.Run run = Cli.run("ingest", "--db", db.toString(), "--no-progress",
                Cli.root().resolve("examples/corpus").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        try (Store store = Store.open(StoreConfig.duckdb(db))) {
            articles = (int) store.count();
            for (var s : store.list(articles, 0)) {
                statements += store.get(s.id()).orElseThrow().find(Statements.class).map(x -> x.items().size())
                        .orElse(0);
            }
        }
    }

    @Test
    void articlesAsJsonlOnStandardOutputOneLineEach() throws Exception {
        Cli.Run run = Cli.run("export", "articles", "--db", db.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = run.outLines();
        assertThat(lines).hasSize(articles);
        JsonNode first = Cli.JSON.readTree(lines.get(0));
        assertThat(first.has("id") && first.has("published") && first.has("problems")).isTrue();
        assertThat(lines.stream().map(l -> l.substring(0, 24))).isSorted();
    }

    @Test
    void statementsToCsvAndParquetFilesWithTheFormatFromTheExtension() throws Exception {
        assertThat(statements).as("the example corpus reports statements").isPositive();
        Path csv = dir.resolve("statements.csv");
        Cli.Run run = Cli.run("export", "statements", "--db", db.toString(), "--out", csv.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("wrote " + statements + " statements rows to").contains("(csv)");
        assertThat(Files.readString(csv)).startsWith("article,id,kind,speaker_id,speaker,source,cue,content,");
        Path parquet = dir.resolve("statements.parquet");
        run = Cli.run("export", "statements", "--db", db.toString(), "-o", parquet.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("wrote " + statements + " statements rows").contains("(parquet)");
        assertThat(Files.readAllBytes(parquet)).startsWith("PAR1".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void badArgumentsGiveOneLineAndNoFile() {
        Cli.Run run = Cli.run("export", "quotes", "--db", db.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown table 'quotes'; choose one of articles, statements, events, narratives, timeline");
        run = Cli.run("export", "events", "--format", "xlsx", "--db", db.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown format 'xlsx'");
        run = Cli.run("export", "events", "--format", "parquet", "--db", db.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("parley: Parquet is written to a file only: give one (--out FILE)");
        run = Cli.run("export", "events", "--db", db.toString(), "--out", dir.resolve("nowhere/e.csv").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("nowhere").contains("does not exist").doesNotContain("Exception");
        run = Cli.run("export", "events", "--db", dir.resolve("missing.duckdb").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no store at");
        assertThat(Files.exists(dir.resolve("missing.duckdb"))).isFalse();
    }
}
