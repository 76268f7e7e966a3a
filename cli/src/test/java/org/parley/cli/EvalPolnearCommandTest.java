package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley eval polnear} on a tiny PolNeAR-shaped folder of our own sentences and annotations. */
class EvalPolnearCommandTest {

    @TempDir
    Path dir;

    @Test
    void scoresParleyBesideCoreNlpsQuoteAnnotatorInOneRun() throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        String quote = "“We are ready to meet in Istanbul again,”";
        String reported = "the talks would resume in June";
        String text = quote + " Peskov said on Monday. Lavrov said " + reported + ".";
        Files.writeString(dir.resolve("text/ours_2025-05-16_talks.txt"), text);
        int q = text.indexOf(quote);
        int r = text.indexOf(reported);
        int peskov = text.indexOf("Peskov");
        int lavrov = text.indexOf("Lavrov");
        int said1 = text.indexOf("said");
        int said2 = text.indexOf("said", said1 + 1);
        Files.writeString(dir.resolve("attributions/ours_2025-05-16_talks_0000.ann"), String.join("\n",
                "T1\tContent " + q + " " + (q + quote.length()) + "\t" + quote,
                "T2\tSource " + peskov + " " + (peskov + 6) + "\tPeskov",
                "T3\tCue " + said1 + " " + (said1 + 4) + "\tsaid",
                "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2",
                "T4\tContent " + r + " " + (r + reported.length()) + "\t" + reported,
                "T5\tSource " + lavrov + " " + (lavrov + 6) + "\tLavrov",
                "T6\tCue " + said2 + " " + (said2 + 4) + "\tsaid",
                "E2\tAttribution:T6 Content:T4 Cue:T6 Source:T5", ""));
        Cli.Run run = Cli.run("eval", "polnear", dir.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String out = run.out();
        int parley = out.indexOf(" Parley statements");
        int corenlp = out.indexOf(" CoreNLP quote annotator");
        assertThat(parley).isNotNegative().isLessThan(corenlp);
        // Parley finds the quote and the reported speech; CoreNLP's annotator only the quote.
        assertThat(out.substring(parley, corenlp))
                .containsPattern("content overlap +P 1\\.000  R 1\\.000  F1 1\\.000")
                .contains("right source 1.000 (of 2 with a gold source)");
        assertThat(out.substring(corenlp)).containsPattern("content overlap +P 1\\.000  R 0\\.500")
                .containsPattern("time corenlp quote annotator .* ms/article");

        Cli.Run bad = Cli.run("eval", "polnear", "--corenlp-attribution", "-1", dir.toString());
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err().strip()).isEqualTo("parley: --corenlp-attribution must be 0 or more, was -1");
    }
}
