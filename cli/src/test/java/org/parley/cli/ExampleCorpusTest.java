package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Document;
import org.parley.model.Mentions;
import org.parley.store.Store;
import org.parley.store.StoreConfig;

/**
 * README command (a) end to end: {@code parley ingest examples/corpus} into a fresh store, checked against the
 * corpus's own answer key ({@code examples/expected.tsv}), then the reading commands, then a second run
 * that must change nothing.
 */
class ExampleCorpusTest {

    @TempDir
    static Path dir;
    static Path db;
    static Path corpus;
    static Cli.Run first;
    static Map<String, Document> bySource = new HashMap<>();

    record Expected(String path, String title, String published, String from, String language, List<String> names) {
    }

    @BeforeAll
    static void ingestTheCorpus() {
        corpus = Cli.root().resolve("examples/corpus");
        db = dir.resolve("parley.duckdb");
        first = Cli.run("ingest", "--db", db.toString(), "--no-progress", corpus.toString());
        try (Store store = Store.open(StoreConfig.duckdb(db))) {
            store.list(100, 0).forEach(s -> {
                Document d = store.get(s.id()).orElseThrow();
                bySource.put(corpus.relativize(Path.of(d.article().source().replaceAll("#.*", ""))) 
                        + d.article().source().replaceAll("^[^#]*", ""), d);
            });
        }
    }

    static List<Expected> expected() throws IOException {
        return Files.readAllLines(corpus.resolveSibling("expected.tsv")).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split("\t", -1))
                .map(c -> new Expected(c[0], c[1], c[2], c[3], c[4], Arrays.asList(c[5].split(";"))))
                .toList();
    }

    @Test
    void everyArticleIsStoredWithNothingRejected() throws IOException {
        assertThat(first.exit()).as(first.err()).isZero();
        int n = expected().size();
        assertThat(first.out()).contains("new " + n + ",").contains("rejected 0");
        assertThat(bySource).containsOnlyKeys(expected().stream().map(Expected::path).toArray(String[]::new));
        assertThat(first.err()).doesNotContain("Exception");
    }

    @Test
    void factsMatchTheAnswerKey() throws IOException {
        for (Expected e : expected()) {
            Document d = bySource.get(e.path());
            assertThat(d).as(e.path()).isNotNull();
            var a = d.article();
            assertThat(a.title()).as(e.path() + " title").contains(e.title());
            // the headline leads the text once; the body that follows does not repeat it
            assertThat(a.headline().map(h -> h.of(a.text()))).as(e.path() + " headline").contains(e.title());
            assertThat(a.bodyText()).as(e.path() + " body").doesNotStartWith(e.title());
            assertThat(a.published().map(Object::toString).orElse("")).as(e.path() + " published")
                    .isEqualTo(e.published());
            assertThat(a.publishedFrom().label()).as(e.path() + " publishedFrom").isEqualTo(e.from());
            assertThat(a.language()).as(e.path() + " language").isEqualTo(e.language());
            if (a.isEnglish()) {
                List<String> found = d.get(Mentions.class).items().stream().map(m -> m.span().of(a.text())).toList();
                assertThat(found).as(e.path() + " mentions").containsAll(e.names());
            } else {
                assertThat(d.layers()).as(e.path() + " is not analysed").isEmpty();
            }
        }
    }

    @Test
    void readingCommandsShowWhatWasStored() {
        Cli.Run docs = Cli.run("docs", "--db", db.toString());
        assertThat(docs.exit()).isZero();
        assertThat(docs.out()).contains(bySource.size() + " articles in").contains("2025-06-09");
        Cli.Run search = Cli.run("search", "--db", db.toString(), "Medvedchuk");
        assertThat(search.out()).contains("Azovstal");
        Document any = bySource.get("html/grain-deal-signed.html");
        Cli.Run show = Cli.run("show", "--db", db.toString(), any.article().id().substring(0, 8));
        assertThat(show.exit()).as(show.err()).isZero();
        assertThat(show.out()).contains("2022-07-22 (metadata)").contains("mention    PERSON   Sergei Shoigu");
        Cli.Run json = Cli.run("show", "--db", db.toString(), "--json", any.article().id());
        assertThat(Cli.parseValid(json.out().strip()).get("id").asText()).isEqualTo(any.article().id());
        assertThat(Cli.run("search", "--db", db.toString(), "title:(").err()).startsWith("parley: invalid search query");
        assertThat(Cli.run("show", "--db", db.toString(), "ffffffffffff").err()).contains("no stored article has id");
        assertThat(Cli.run("docs", "--db", dir.resolve("nothing.duckdb").toString()).err()).contains("no store at");
    }

    @Test
    void aSecondRunChangesNothingHoweverThePathIsSpelled() throws IOException {
        // Tests run in the cli module's folder: the corpus is ../examples/corpus from here.
        Path here = Path.of("").toAbsolutePath();
        String relative = here.relativize(corpus).toString();
        for (String spelling : List.of(corpus.toString(), relative, "./" + relative + "/",
                "../" + here.getFileName() + "/" + relative, corpus + "/../corpus")) {
            Cli.Run again = Cli.run("ingest", "--db", db.toString(), "--no-progress", spelling);
            assertThat(again.out()).as(spelling).contains("new 0, updated 0, unchanged " + expected().size());
            assertThat(again.err()).as(spelling + ": nothing to analyse").doesNotContain("analysing");
        }
    }

    @Test
    void theSyndicatedCopiesAreFoundAsReprintsOfOneStory() {
        Cli.Run run = Cli.run("reprints", "--db", db.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        // The corpus carries two wire stories that two outlets each ran with their own edits.
        assertThat(run.out()).contains("2 sets of copies among " + bySource.size() + " articles");
        assertThat(run.out().lines().filter(l -> l.contains("copies of one story")))
                .allSatisfy(l -> assertThat(l).contains("via Parley Example Wire"));
        assertThat(run.out()).contains("Memoranda swapped in Istanbul").contains("Russia and Ukraine swap peace memoranda");
    }

    static Document at(String path) {
        return bySource.get(path);
    }

    @Test
    void theTimelineMergesOutletsCountsTheReprintOnceAndShowsAContradiction() throws Exception {
        assertThat(first.out()).containsPattern("timeline: \\d+ events from \\d+ reports");
        Cli.Run run = Cli.run("timeline", "--db", db.toString(), "--format", "json", "--type", "talks_round",
                "--from", "2025-05-16", "--to", "2025-05-16", "--place", "istanbul");
        assertThat(run.exit()).as(run.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode rounds = Cli.JSON.readTree(run.out());
        com.fasterxml.jackson.databind.JsonNode talks = null;
        for (var e : rounds) {
            if (e.get("status").asText().equals("happened")) {
                talks = e;
            }
        }
        assertThat(talks).as(run.out()).isNotNull();
        // Our own report, the run-up, and later stories looking back, among them a wire story and its reprint:
        // the reprint is no new source.
        List<String> articles = new java.util.ArrayList<>();
        String id = talks.get("id").asText();
        Cli.Run event = Cli.run("event", "--db", db.toString(), "--json", id.substring(0, 8));
        assertThat(event.exit()).as(event.err()).isZero();
        Cli.JSON.readTree(event.out()).get("reports").forEach(r -> articles.add(r.get("article").asText()));
        assertThat(articles).contains(at("text/istanbul-talks-may-16.txt").article().id(),
                at("archives/talks-2025.warc.gz#record=3").article().id(),
                at("jsonl/talks-2025.jsonl#line=1").article().id(),
                at("text/istanbul-second-round-june.txt").article().id());
        assertThat(talks.get("date").asText()).isEqualTo("2025-05-16");
        assertThat(talks.get("sources").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(talks.get("independentSources").asInt()).isBetween(2, talks.get("sources").asInt() - 1);
        assertThat(talks.get("firstReport").get("article").asText())
                .isEqualTo(at("archives/talks-2025.warc.gz#record=3").article().id());
        // The June round is told by the wire story and its reprint only: two articles, one source.
        var june = Cli.JSON.readTree(Cli.run("timeline", "--db", db.toString(), "--format", "json", "--type",
                "talks_round", "--from", "2025-06-02", "--to", "2025-06-02").out());
        assertThat(june).anySatisfy(e -> {
            assertThat(e.get("sources").asInt()).isEqualTo(2);
            assertThat(e.get("independentSources").asInt()).isEqualTo(1);
        });
        assertThat(event.out()).contains("\"evidence\"").contains("Istanbul");

        // Two outlets count the January 2024 exchange each by its own side's returnees.
        Cli.Run swaps = Cli.run("timeline", "--db", db.toString(), "--format", "json", "--type", "PRISONER_EXCHANGE",
                "--from", "2024-01", "--to", "2024-01");
        var swap = Cli.JSON.readTree(swaps.out()).get(0);
        assertThat(swap.get("sources").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(swap.get("contradictions").toString()).contains("quantity:prisoners").contains("\"230\"")
                .contains("\"248\"");

        Cli.Run table = Cli.run("timeline", "--db", db.toString());
        assertThat(table.out()).contains(id).contains("quantity:prisoners").containsPattern("\\d+ of \\d+ events");
        assertThat(Cli.run("timeline", "--db", db.toString(), "--format", "csv", "--type", "talks_round").out())
                .startsWith("id,type,status").contains(id);
        // The undated wire story of June 2 is dated by its reprint: not published before the round it reports.
        String undated = at("text/istanbul-second-round-june.txt").article().id();
        assertThat(Cli.run("show", "--db", db.toString(), undated).out()).contains("dated      not before 2025-06-02");
        try (Store store = Store.open(StoreConfig.duckdb(db).withAccess(StoreConfig.Access.READ_ONLY))) {
            assertThat(store.eventDatings()).anySatisfy(d -> {
                assertThat(d.article()).isEqualTo(at("text/istanbul-second-round-june.txt").article().id());
                assertThat(d.earliest()).contains(java.time.LocalDate.of(2025, 6, 2));
            });
        }
    }

    @Test
    void timelineOptionsAreCheckedInOneLine() {
        for (String[] bad : List.of(new String[] {"--from", "2025-13-01"}, new String[] {"--type", "picnic"},
                new String[] {"--format", "xml"}, new String[] {"--from", "2025-06-01", "--to", "2025-05-01"})) {
            List<String> args = new java.util.ArrayList<>(List.of("timeline", "--db", db.toString()));
            args.addAll(List.of(bad));
            Cli.Run run = Cli.run(args.toArray(String[]::new));
            assertThat(run.exit()).as(String.join(" ", bad)).isNotZero();
            assertThat(run.err().strip()).as(String.join(" ", bad)).startsWith("parley: ").doesNotContain("\n")
                    .doesNotContain("Exception");
        }
        assertThat(Cli.run("event", "--db", db.toString(), "0000000000").err()).contains("no timeline event has id");
        Cli.Run link = Cli.run("link", "--db", db.toString());
        assertThat(link.exit()).as(link.err()).isZero();
        assertThat(link.out()).as("the same store, the same timeline").contains(first.out().lines()
                .filter(l -> l.startsWith("timeline: ")).findFirst().orElseThrow());
    }
}
