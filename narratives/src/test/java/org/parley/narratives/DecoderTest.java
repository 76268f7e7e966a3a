package org.parley.narratives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecoderTest {

    static final List<Model.Label> LABELS = List.of(
            label("URW: A", null), label("URW: B", null), label("CC: C", null),
            label("URW: A: x", "URW: A"), label("URW: A: y", "URW: A"), label("URW: B: z", "URW: B"));

    static Model.Label label(String name, String parent) {
        return new Model.Label(name, Optional.ofNullable(parent), 0, new float[0]);
    }

    static final Decoder.Thresholds T = new Decoder.Thresholds(0.4, 0.5, 0.5, false);

    @Test
    void aSubNarrativeComesOnlyUnderAChosenNarrative() {
        // B's sub-narrative z is the most probable label, but B itself does not pass: z is not given.
        double[] p = {0.9, 0.3, 0.1, 0.6, 0.2, 0.95};
        var d = Decoder.decide(LABELS, p, T);
        assertThat(Decoder.narrativeNames(LABELS, d)).containsExactly("URW: A");
        assertThat(Decoder.subNames(LABELS, d)).containsExactly("URW: A: x");
    }

    @Test
    void aChosenNarrativeGetsItsBestSubNarrativeWhenNonePasses() {
        double[] p = {0.45, 0.7, 0.1, 0.1, 0.3, 0.2};
        var d = Decoder.decide(LABELS, p, T);
        assertThat(Decoder.narrativeNames(LABELS, d)).containsExactly("URW: B");
        assertThat(Decoder.subNames(LABELS, d)).containsExactly("URW: B: z");
    }

    @Test
    void otherWhenNoNarrativeReachesTheOtherThreshold() {
        double[] p = {0.35, 0.3, 0.2, 0.9, 0.9, 0.9};
        var d = Decoder.decide(LABELS, p, T);
        assertThat(Decoder.narrativeNames(LABELS, d)).containsExactly("Other");
        assertThat(Decoder.subNames(LABELS, d)).containsExactly("Other");
    }

    @Test
    void theDomainRuleKeepsNarrativesOfTheBestOnesDomain() {
        double[] p = {0.9, 0.6, 0.8, 0.6, 0.2, 0.6};
        assertThat(Decoder.narrativeNames(LABELS, Decoder.decide(LABELS, p, T)))
                .containsExactly("URW: A", "CC: C", "URW: B");
        assertThat(Decoder.narrativeNames(LABELS,
                Decoder.decide(LABELS, p, new Decoder.Thresholds(0.4, 0.5, 0.5, true))))
                .containsExactly("URW: A", "URW: B");
    }

    @Test
    void f1CountsAsTheTasksScorer() {
        assertThat(Decoder.f1(Set.of("a", "b"), List.of("a"))).isEqualTo(2.0 / 3);
        assertThat(Decoder.f1(Set.of("a"), List.of("a", "a"))).isEqualTo(1.0);
        assertThat(Decoder.f1(Set.of(), List.of())).isZero();
    }

    @Test
    void theSplitterCutsLinesAndFullStopsBeforeCapitals() {
        String text = "Title line\nFirst one. Second one? \"Third\" one.\nv. the rest stays.";
        assertThat(Splitter.sentences(text)).extracting(s -> s.of(text))
                .containsExactly("Title line", "First one.", "Second one?", "\"Third\" one.", "v. the rest stays.");
    }
}
