package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley quotes} and {@code parley actors} over the example corpus's store. */
class QuotesActorsCommandTest {

    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void ingestTheCorpus() {
        db = dir.resolve("parley.duckdb").toString();
        Cli.Run run = Cli.run("ingest", "--db", db, "--no-progress", Cli.root().resolve("examples/corpus").toString());
        assertThat(run.exit()).as(run.err()).isZero();
    }

    static JsonNode json(String... args) throws Exception {
        Cli.Run run = Cli.run(args);
        assertThat(run.exit()).as(run.err()).isZero();
        return Cli.JSON.readTree(run.out());
    }

    @Test
    void quotesAsJsonAreStableNewestFirstWithTheirWords() throws Exception {
        Cli.Run first = Cli.run("quotes", "--db", db, "--format", "json");
        Cli.Run second = Cli.run("quotes", "--db", db, "--format", "json");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        JsonNode all = Cli.JSON.readTree(first.out());
        assertThat(all.size()).as("the example corpus reports statements").isGreaterThan(5);
        List<String> dates = new ArrayList<>();
        for (JsonNode q : all) {
            List<String> fields = new ArrayList<>();
            q.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("id", "article", "date", "saidOn", "kind", "speaker", "source", "cue",
                    "content");
            assertThat(q.get("content").get(0).get("text").asText()).isNotBlank();
            dates.add(q.get("date").asText(""));
        }
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        Cli.Run table = Cli.run("quotes", "--db", db);
        assertThat(table.outLines().get(table.outLines().size() - 1)).isEqualTo(all.size() + " statements");
    }

    @Test
    void bySpeakerAndDateTheCountsAgreeWithTheActors() throws Exception {
        JsonNode actors = json("actors", "--db", db, "--format", "json");
        JsonNode top = actors.get(0);
        assertThat(top.get("statements").asInt()).as("the most quoted actor comes first").isPositive();
        for (JsonNode a : actors) {
            assertThat(a.get("statements").asInt()).isLessThanOrEqualTo(top.get("statements").asInt());
        }
        JsonNode his = json("quotes", "--db", db, "--format", "json", "--speaker", top.get("id").asText());
        assertThat(his.size()).isEqualTo(top.get("statements").asInt());
        his.forEach(q -> assertThat(q.get("speaker").get("actorId").asText()).isEqualTo(top.get("id").asText()));
        String surname = top.get("name").asText().replaceAll(".*\\s", "").toUpperCase(java.util.Locale.ROOT);
        // The start of the surname, in any case, names the speaker too.
        String prefix = surname.substring(0, Math.min(5, surname.length()));
        assertThat(json("quotes", "--db", db, "--format", "json", "--speaker", prefix).size())
                .isGreaterThanOrEqualTo(his.size());
        assertThat(json("quotes", "--db", db, "--format", "json", "--speaker", "zzzqx").size()).isZero();

        String day = his.get(0).get("date").asText();
        JsonNode thatDay = json("quotes", "--db", db, "--format", "json", "--from", day, "--to", day);
        assertThat(thatDay.size()).isPositive();
        thatDay.forEach(q -> assertThat(q.get("date").asText()).startsWith(day.substring(0, 4)));
        assertThat(json("quotes", "--db", db, "--format", "json", "--from", "2099-01-01").size()).isZero();
    }

    @Test
    void actorsTableListsKindsAndCounts() {
        Cli.Run run = Cli.run("actors", "--db", db);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.outLines().get(0)).startsWith("actor").contains("kind", "articles", "statements", "aliases");
        assertThat(run.out()).containsAnyOf(" person ", " state ");
        assertThat(run.outLines().get(run.outLines().size() - 1)).matches("\\d+ actors");
    }

    @Test
    void malformedDatesAndMissingStoresGiveOneLine() {
        Cli.Run run = Cli.run("quotes", "--db", db, "--from", "2025-13-01");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("parley: --from: '2025-13-01' is not a date (YYYY-MM-DD)");
        run = Cli.run("quotes", "--db", db, "--to", "June 2");
        assertThat(run.err().strip()).isEqualTo("parley: --to: 'June 2' is not a date (YYYY-MM-DD)");
        run = Cli.run("quotes", "--db", db, "--from", "2025-06-02", "--to", "2025-06-01");
        assertThat(run.err().strip()).isEqualTo("parley: --from 2025-06-02 is after --to 2025-06-01");
        run = Cli.run("actors", "--db", dir.resolve("missing.duckdb").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
    }
}
