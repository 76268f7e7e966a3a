package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.Shared;

/** The command on three TempEval-3 training files (skipped without ../shared), beside a broken file. */
class TimemlEvalTest {

    @TempDir
    Path dir;

    static String run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = TimemlEval.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), args);
        assertThat(code).isZero();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void scoresTrainingFilesAndReportsABrokenOneOnOneLine() throws Exception {
        Path corpus = Shared.corpus("tempeval3-train");
        Path tb = corpus.resolve("TimeBank");
        for (String f : new String[] {"wsj_0006.tml", "APW19980213.1310.tml", "ABC19980108.1830.0711.tml"}) {
            Files.copy(tb.resolve(f), dir.resolve(f));
        }
        Files.writeString(dir.resolve("broken.tml"), "<TimeML><TEXT>no creation time</TEXT></TimeML>");
        String out = run("--errors", dir.toString());
        assertThat(out).contains("broken.tml: no document creation time").contains("[timeml.no-dct]");
        assertThat(out).contains("wsj_0006.tml").contains("APW19980213.1310.tml").contains("(3 files)");
        assertThat(out).contains("strict extent").contains("relaxed extent").contains("type accuracy");
        Matcher m = Pattern.compile("value +P [\\d.]+ +R [\\d.]+ +F1 ([\\d.]+)").matcher(out);
        assertThat(m.find()).isTrue();
        // a working tagger finds most of these; a broken one (no timexes, wrong anchors) falls far below
        assertThat(Double.parseDouble(m.group(1))).isGreaterThan(60);
    }

    @Test
    void usageErrorsExitWithOne() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThat(TimemlEval.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), "--nope", "x")).isEqualTo(1);
        assertThat(TimemlEval.run(new PrintStream(bytes, true, StandardCharsets.UTF_8))).isEqualTo(1);
    }
}
