package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley eval semeval-t10} and {@code parley train narratives} on a tiny folder of our own articles. */
class NarrativesCommandsTest {

    @TempDir
    Path dir;

    private Path folder() throws IOException {
        Path raw = Files.createDirectories(dir.resolve("t10/raw-documents"));
        Files.writeString(raw.resolve("EN_UA_1.txt"), """
                West blocked the Istanbul deal

                Moscow and Kyiv were close to a peace agreement in Istanbul in March 2022, Russian officials said.
                According to them, Western countries ordered Kyiv to walk away from the talks and keep fighting.
                Washington does not care about Ukraine and only uses it against Russia, she said.""");
        Files.writeString(raw.resolve("EN_UA_2.txt"), """
                Library budget approved

                The city council approved a new budget for the public libraries on Tuesday evening.
                Opening hours will be extended on weekends and the children's section will get new books.""");
        Path t10 = dir.resolve("t10");
        Files.writeString(t10.resolve("subtask-2-annotations.txt"), """
                EN_UA_2.txt\tOther\tOther
                EN_UA_1.txt\tURW: Discrediting the West, Diplomacy\tURW: Discrediting the West, Diplomacy: Other
                """);
        Files.writeString(t10.resolve("narratives.txt"), "Other\nURW: Discrediting the West, Diplomacy\n");
        Files.writeString(t10.resolve("subnarratives.txt"), "Other\nURW: Discrediting the West, Diplomacy: Other\n");
        return t10;
    }

    @Test
    void evalWritesPredictionsInTheGoldOrderAndPrintsBothScores() throws IOException {
        Path t10 = folder();
        Path out = dir.resolve("pred.tsv");
        Cli.Run run = Cli.run("eval", "semeval-t10", t10.toString(), "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        // Always Other gets the first article right and the second wrong: 0.5 on both levels.
        assertThat(run.out()).contains("always Other").containsPattern(
                "always Other +F1-samples narratives 0\\.500 \\(0\\.500\\)  sub-narratives 0\\.500 \\(0\\.500\\)");
        assertThat(run.out()).contains("committed model");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("EN_UA_2.txt\tOther\tOther");
        assertThat(lines.get(1)).startsWith("EN_UA_1.txt\tURW: ").contains("URW: Discrediting the West, Diplomacy");
    }

    @Test
    void badArgumentsAreUserErrors() throws IOException {
        Path t10 = folder();
        assertThat(Cli.run("eval", "semeval-t10", t10.toString(), "--cv", "1").err()).contains("K >= 2");
        assertThat(Cli.run("eval", "semeval-t10", dir.toString()).err()).contains("no subtask-2-annotations.txt");
        assertThat(Cli.run("train", "narratives", dir.toString()).err()).contains("no subtask-2-annotations.txt");
        assertThat(Cli.run("train", "narratives", t10.toString(), "--out", dir.resolve("no/such/model.tsv").toString())
                .err()).contains("no folder");
        Cli.Run run = Cli.run("eval", "semeval-t10", t10.toString(), "--cv", "2", "--reading", "quantized:256");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("WEIGHTS:WINDOW:MAX");
        assertThat(Cli.run("eval", "semeval-t10", t10.toString(), "--repeat", "3").err()).contains("--repeat needs --cv");
    }

    @Test
    void crossValidationComparesReadingsWithASelectorLearnedPerFold() throws IOException {
        Path t10 = folder();
        // Two more articles, so that every training fold (and inner fold) holds an article.
        Files.writeString(t10.resolve("raw-documents/EN_UA_3.txt"), """
                Washington keeps Kyiv from the table

                Officials in Moscow repeated that Western capitals told Kyiv to reject any compromise in the talks.""");
        Files.writeString(t10.resolve("raw-documents/EN_UA_4.txt"), """
                Marathon closes roads

                The city marathon will close several roads in the centre on Sunday morning, the police said.""");
        Files.writeString(t10.resolve("subtask-2-annotations.txt"), Files.readString(t10.resolve(
                "subtask-2-annotations.txt")) + """
                EN_UA_3.txt\tURW: Discrediting the West, Diplomacy\tURW: Discrediting the West, Diplomacy: Other
                EN_UA_4.txt\tOther\tOther
                """);
        Cli.Run run = Cli.run("eval", "semeval-t10", t10.toString(), "--cv", "2", "--out",
                dir.resolve("cv.tsv").toString(), "--reading", "quantized:64:62,quantized:sentence64:all:select",
                "--variant", "LOGREG_TUNED,LOGREG_TUNED_VIEWS", "--repeat", "2");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("reading quantized:64:62").contains("reading quantized:sentence64:all:select")
                .containsPattern("logreg_tuned, 2-fold CV +F1-samples narratives")
                .containsPattern("logreg_tuned_views, 2-fold CV +F1-samples narratives")
                .containsPattern("2 shuffles of the folds: narratives mean 0\\.\\d{3} \\(0\\.\\d{3} 0\\.\\d{3}\\)");
        assertThat(Files.readAllLines(dir.resolve("cv.tsv"))).hasSize(4);
    }
}
