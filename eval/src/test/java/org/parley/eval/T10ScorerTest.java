package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scorer against the definition in the task's subtask2_scorer.py: sklearn's binary f1_score per article over
 * one-hot vectors (2tp / (2tp + fp + fn), 0 when all three are 0), averaged over articles. The expected values were
 * worked out by hand from that definition; the script itself, run on the same files (with f1_score replaced by that
 * formula where sklearn is not installed), prints the same figures.
 */
class T10ScorerTest {

    static final List<String> COARSE = T10Scorer.classes("A\nB\nC\nOther");
    static final List<String> FINE = T10Scorer.classes("A: a1\nA: a2\nB: b1\nOther");

    static double coarse(String gold, String predicted) {
        return T10Scorer.score(List.of(T10Scorer.Row.parse("x\t" + gold + "\tOther")),
                List.of(T10Scorer.Row.parse("x\t" + predicted + "\tOther")), COARSE, FINE).narratives().mean();
    }

    @Test
    void perArticleF1() {
        assertThat(coarse("A;B", "A;B")).isEqualTo(1.0);
        assertThat(coarse("A;B", "B;A")).isEqualTo(1.0);
        assertThat(coarse("A;B", "A")).isCloseTo(2.0 / 3, within(1e-12));        // tp 1, fn 1
        assertThat(coarse("A", "A;B;C")).isEqualTo(0.5);                          // tp 1, fp 2
        assertThat(coarse("Other", "A")).isZero();
        assertThat(coarse("Other", "Other")).isEqualTo(1.0);
    }

    @Test
    void duplicatesCollapseAndUnknownLabelsAreIgnored() {
        assertThat(coarse("A;A;B", "A;B")).isEqualTo(1.0);
        assertThat(coarse("A", "A;Z")).isEqualTo(1.0);
        // Columns are split on ";" without trimming: " B" is not the class "B".
        assertThat(coarse("A;B", "A; B")).isCloseTo(2.0 / 3, within(1e-12));
        // Neither side has a known label: zero_division=0.
        assertThat(coarse("Z", "Y")).isZero();
    }

    @Test
    void aTrailingNewlineMakesTheEmptyStringAClass() {
        List<String> withNewline = T10Scorer.classes("A\r\nB\n");
        assertThat(withNewline).containsExactly("A", "B", "");
        assertThat(T10Scorer.evaluate(List.of(""), List.of(""), withNewline).mean()).isEqualTo(1.0);
        assertThat(T10Scorer.evaluate(List.of(""), List.of(""), COARSE).mean()).isZero();
    }

    @Test
    void meanAndPopulationStandardDeviationOverArticles() {
        var gold = T10Scorer.rows("1\tA\tA: a1\n2\tB\tB: b1\n");
        var pred = T10Scorer.rows("1\tA\tA: a2\n2\tA\tA: a1;B: b1\n");
        T10Scorer.Scores s = T10Scorer.score(gold, pred, COARSE, FINE);
        assertThat(s.narratives().mean()).isEqualTo(0.5);
        assertThat(s.narratives().sd()).isEqualTo(0.5);
        assertThat(s.subNarratives().mean()).isCloseTo((0 + 2.0 / 3) / 2, within(1e-12));
        assertThat(s.subNarratives().sd()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void rowsArePairedByPositionNotByIdAsTheScriptDoes() {
        var gold = T10Scorer.rows("1\tA\tOther\n2\tB\tOther\n");
        var swapped = T10Scorer.rows("2\tB\tOther\n1\tA\tOther\n");
        assertThat(T10Scorer.score(gold, swapped, COARSE, FINE).narratives().mean()).isZero();
        // A repeated id keeps its first place and takes the last labels.
        var repeated = T10Scorer.rows("1\tC\tOther\n2\tB\tOther\n1\tA\tOther\n");
        assertThat(T10Scorer.score(gold, repeated, COARSE, FINE).narratives().mean()).isEqualTo(1.0);
    }

    @Test
    void differentIdsAreAnError() {
        var gold = T10Scorer.rows("1\tA\tOther\n2\tB\tOther\n");
        var pred = T10Scorer.rows("1\tA\tOther\n3\tB\tOther\n");
        assertThatThrownBy(() -> T10Scorer.score(gold, pred, COARSE, FINE)).hasMessageContaining("ids differ");
    }
}
