package org.parley.narratives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.NarrativeLabel;

/** Tests on ../shared: the seed articles and the SemEval-2025 Task 10 training folder; skipped where absent. */
class SharedDataTest {

    static final Path SHARED = Path.of(System.getProperty("parley.shared", "../../shared"));
    static final Path TRAIN = SHARED.resolve("corpora/semeval2025-t10-en-train");

    static List<NarrativeLabel> seed(String prefix, String[] text) throws IOException {
        Path seeds = SHARED.resolve("seeds");
        assumeTrue(Files.isDirectory(seeds), "no seeds at " + seeds + "; skipped");
        try (var files = Files.list(seeds)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            text[0] = Files.readString(file);
        }
        NarrativeClassifier c = NarrativeClassifier.standard();
        return c.classify(c.features(text[0]));
    }

    @Test
    void zakharovaSayingKyivBlockedTalksAtWashingtonsDirectionDiscreditsTheWest() throws IOException {
        String[] text = new String[1];
        List<NarrativeLabel> labels = seed("001_", text);
        assertThat(labels).filteredOn(l -> l.label().startsWith("URW: Discrediting the West, Diplomacy"))
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l.evidence()).isNotEmpty()
                        .allMatch(s -> s.end() <= text[0].length() && s.length() > 20));
        assertThat(labels).extracting(NarrativeLabel::label).allMatch(l -> l.startsWith("URW: "));
    }

    @Test
    void belarusSayingTheWestPreventedPeaceIn2022MakesUkraineItsPuppet() throws IOException {
        String[] text = new String[1];
        List<NarrativeLabel> labels = seed("000_", text);
        assertThat(labels).filteredOn(l -> l.label().equals("URW: Discrediting Ukraine: Ukraine is a puppet of the West"))
                .singleElement()
                .satisfies(l -> assertThat(l.evidence()).anySatisfy(
                        s -> assertThat(s.of(text[0])).contains("the West prevented this")));
    }

    @Test
    void izvestiaOnKyivsProvocationsDiscreditsUkraine() throws IOException {
        String[] text = new String[1];
        assertThat(seed("002_", text)).extracting(NarrativeLabel::label).contains("URW: Discrediting Ukraine");
    }

    /** Putin saying Kyiv rejected talks on direct instructions from London and Washington: Kyiv as the West's tool. */
    @Test
    void putinSayingKyivRejectedTalksOnWesternInstructionsMakesUkraineAPuppet() throws IOException {
        String[] text = new String[1];
        List<NarrativeLabel> labels = seed("004_", text);
        assertThat(labels).extracting(NarrativeLabel::label).doesNotContain("Other").allMatch(l -> l.startsWith("URW: "))
                .contains("URW: Discrediting Ukraine: Ukraine is a puppet of the West");
        assertThat(labels).allSatisfy(l -> assertThat(l.evidence()).isNotEmpty()
                .allMatch(s -> s.end() <= text[0].length() && s.length() > 20));
    }

    /** The committed model is what {@code parley train narratives} builds from the training folder. */
    @Test
    void rebuildingFromTheTrainingFolderGivesTheCommittedModel() throws IOException {
        assumeTrue(Files.isDirectory(TRAIN), "no training folder at " + TRAIN + "; skipped");
        assertThat(NarrativeClassifier.train(TRAIN).modelText())
                .isEqualTo(NarrativeClassifier.standard().modelText());
    }
}
