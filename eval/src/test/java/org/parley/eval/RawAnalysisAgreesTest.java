package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analysis.Analysis;
import org.parley.ingest.Ingest;
import org.parley.ingest.IngestResult;
import org.parley.model.Article;
import org.parley.model.Timexes;
import org.parley.pipeline.Pipeline;
import org.parley.testing.Shared;

/**
 * What {@code parley eval timeml} scores is what {@code parley analyze --raw --dct} prints: the TEXT of a .tml file
 * saved as a file and read raw with its creation time gives the same time expressions as the scorer's article.
 */
class RawAnalysisAgreesTest {

    @TempDir
    Path dir;

    @Test
    void evalAndRawAnalyzeSeeTheSameTimexes() throws Exception {
        Path tb = Shared.corpus("tempeval3-train").resolve("TimeBank");
        Pipeline pipeline = Analysis.pipeline();
        int compared = 0;
        for (String f : new String[] {"wsj_0006.tml", "APW19980213.1310.tml", "ABC19980108.1830.0711.tml"}) {
            var doc = ((TimemlReader.Read) TimemlReader.read(tb.resolve(f))).doc();
            Path raw = dir.resolve(f + ".txt");
            Files.writeString(raw, doc.text());
            IngestResult r = Ingest.builder().build().readRaw(raw, Optional.of(doc.dct()));
            Article read = ((IngestResult.Accepted) r).article();
            assertThat(read.text()).as(f).isEqualTo(doc.text());
            Timexes fromRaw = pipeline.run(read).get(Timexes.class);
            Timexes scored = pipeline.run(TimemlEval.article(doc)).get(Timexes.class);
            assertThat(fromRaw.items()).as(f).isEqualTo(scored.items());
            compared += scored.items().size();
        }
        assertThat(compared).as("time expressions compared").isGreaterThan(5);
    }
}
