package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.json.DocumentJson;
import org.parley.store.Store;
import org.parley.store.StoreConfig;

/**
 * {@code parley load}: documents analysed in one store (as the Spark job writes them) stored in another without
 * analysing them again: the same analysis JSON, a bad line rejected with its place, a second load unchanged.
 */
class LoadCommandTest {

    @TempDir
    Path dir;

    @Test
    void documentsAnalysedElsewhereAreStoredAsTheyAre() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.write(in, List.of(
                NarrativesCommandTest.line("https://east.example.org/1", "Kyiv told to leave talks", "2025-03-01",
                        "East Daily", NarrativesCommandTest.WEST),
                NarrativesCommandTest.line("https://east.example.org/2", "Library budget", "2025-05-01", "East Daily",
                        NarrativesCommandTest.LIBRARY)));
        Path analysed = dir.resolve("analysed.duckdb");
        Cli.Run ingest = Cli.run("ingest", "--db", analysed.toString(), "--no-progress", in.toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();

        // The Spark job's documents folder: part files, its _SUCCESS marker and a hidden checksum file.
        Path folder = Files.createDirectories(dir.resolve("out/documents"));
        var lines = new ArrayList<String>();
        var ids = new ArrayList<String>();
        try (Store store = Store.open(StoreConfig.duckdb(analysed))) {
            store.eachArticle(a -> ids.add(a.id()));
            for (String id : ids) {
                lines.add(DocumentJson.write(store.get(id).orElseThrow()));
            }
        }
        Files.write(folder.resolve("part-00000"), lines, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("part-00001"), "{\"id\": \"not a document\"}\n");
        Files.writeString(folder.resolve("_SUCCESS"), "");
        Files.writeString(folder.resolve(".part-00000.crc"), "\u0000\u0001");

        Path loaded = dir.resolve("loaded.duckdb");
        Cli.Run load = Cli.run("load", "--db", loaded.toString(), folder.toString());
        assertThat(load.exit()).as(load.err()).isEqualTo(3);
        assertThat(load.out()).contains("read 3, new 2, updated 0, unchanged 0, rejected 1").contains("timeline: ");
        assertThat(load.err().strip()).isEqualTo("rejected " + folder.resolve("part-00001") + "#line=1: not a Parley"
                + " document: an object with article and steps expected [load.not-a-document]");
        for (String id : ids) {
            Cli.Run a = Cli.run("show", "--db", analysed.toString(), "--json", id);
            Cli.Run b = Cli.run("show", "--db", loaded.toString(), "--json", id);
            assertThat(b.exit()).as(b.err()).isZero();
            assertThat(b.out()).isEqualTo(a.out());
        }

        Cli.Run again = Cli.run("load", "--db", loaded.toString(), folder.resolve("part-00000").toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("read 2, new 0, updated 0, unchanged 2, rejected 0").doesNotContain("timeline");
        Cli.Run missing = Cli.run("load", "--db", loaded.toString(), dir.resolve("nope").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("nope: no such file or folder");
    }
}
