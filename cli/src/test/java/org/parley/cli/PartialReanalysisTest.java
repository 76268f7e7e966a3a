package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Document;
import org.parley.model.Token;
import org.parley.model.Tokens;
import org.parley.store.Store;
import org.parley.store.StoreConfig;

/**
 * Component versions: when one component's version changes, ingest re-runs that component and those after it,
 * and keeps what the earlier ones stored. To tell a kept layer from a recomputed one, the test marks the stored
 * tokens (a part-of-speech tag no tagger produces) before re-ingesting.
 */
class PartialReanalysisTest {

    static final String MARK = "ZZMARK";

    @TempDir
    Path dir;

    @Test
    void onlyTheComponentsFromTheFirstChangedVersionOnRunAgain() throws SQLException {
        Path db = dir.resolve("p.duckdb");
        Path corpus = Cli.root().resolve("examples/corpus/text");
        List<String> files = List.of(corpus.resolve("decree-rules-out-talks-with-putin.txt").toString(),
                corpus.resolve("first-round-gomel.txt").toString());
        String[] ingest = {"ingest", "--db", db.toString(), "--no-progress", files.get(0), files.get(1)};
        assertThat(Cli.run(ingest).out()).contains("new 2, updated 0, unchanged 0");

        // An older "paragraphs" produced what is stored, and the stored tokens carry a mark.
        sql(db, "UPDATE steps SET version = 'old' WHERE component = 'paragraphs'");
        sql(db, "UPDATE layers SET data = replace(data, '\"pos\":\"NNP\"', '\"pos\":\"" + MARK + "\"') "
                + "WHERE name = 'tokens'");
        Cli.Run second = Cli.run(ingest);
        assertThat(second.out()).contains("new 0, updated 2, unchanged 0");
        for (Document d : stored(db)) {
            assertThat(d.stamps()).extracting(Object::toString).contains("paragraphs@1");
            assertThat(marked(d)).as("corenlp did not run again: its stored tokens are kept").isPositive();
        }
        assertThat(Cli.run(ingest).out()).as("current again").contains("new 0, updated 0, unchanged 2");

        // An older corenlp: it runs again, and so does everything after it.
        sql(db, "UPDATE steps SET version = 'old' WHERE component = 'corenlp'");
        assertThat(Cli.run(ingest).out()).contains("updated 2");
        for (Document d : stored(db)) {
            assertThat(marked(d)).as("tokens recomputed").isZero();
            assertThat(d.stamps()).extracting(Object::toString).doesNotContain("corenlp@old");
        }

        // --reanalyse runs everything, and finds the same analysis.
        Cli.Run forced = Cli.run(ingest[0], ingest[1], ingest[2], ingest[3], "--reanalyse", ingest[4], ingest[5]);
        assertThat(forced.out()).contains("new 0, updated 0, unchanged 2");
        assertThat(forced.err()).contains("analysing");
    }

    private static long marked(Document d) {
        return d.get(Tokens.class).items().stream().map(Token::pos).filter(MARK::equals).count();
    }

    private static List<Document> stored(Path db) {
        try (Store store = Store.open(StoreConfig.duckdb(db))) {
            return store.list(10, 0).stream().map(s -> store.get(s.id()).orElseThrow()).toList();
        }
    }

    private static void sql(Path db, String statement) throws SQLException {
        try (var c = DriverManager.getConnection("jdbc:duckdb:" + db); var s = c.createStatement()) {
            assertThat(s.executeUpdate(statement)).as(statement).isPositive();
        }
    }
}
