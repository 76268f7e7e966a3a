package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley eval events} on a tiny folder of our own articles and annotations. */
class EvalEventsCommandTest {

    @TempDir
    Path dir;

    @Test
    void scoresEachSplitAndTimesTheComponents() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        String first = "The second round of talks was held in Istanbul on June 2, 2025.";
        String text = first + " The weather was mild that week.";
        Files.writeString(corpus.resolve("a.txt"), text);
        Files.writeString(corpus.resolve("b.txt"), "The library opened a new reading room on Monday.");
        Path ann = dir.resolve("ann.tsv");
        Files.writeString(ann, "# our own\nb.txt\ttest\na.txt\t0\t" + first.length()
                + "\tTALKS_ROUND\tHAPPENED\t2025-06-02\tdev\n");
        Cli.Run run = Cli.run("eval", "events", ann.toString(), corpus.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("== dev (1 articles): gold 1, system 1", "== test (1 articles): gold 0, system 0")
                .containsPattern("event found \\(type, overlap\\) +P 1\\.000  R 1\\.000  F1 1\\.000")
                .containsPattern("type \\+ date right +P 1\\.000")
                .containsPattern("time events +\\d");

        Cli.Run dev = Cli.run("eval", "events", "--split", "dev", ann.toString(), corpus.toString());
        assertThat(dev.out()).contains("== dev").doesNotContain("== test");
        Cli.Run missing = Cli.run("eval", "events", dir.resolve("none.tsv").toString(), corpus.toString());
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.err()).contains("is not a file");
    }
}
