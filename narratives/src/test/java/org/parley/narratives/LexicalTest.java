package org.parley.narratives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LexicalTest {

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Test
    void aBagHasUnitLengthAndIgnoresCase() {
        float[] v = Lexical.vector("The West prevented peace in Istanbul.", 1024);
        assertThat(dot(v, v)).isCloseTo(1, within(1e-5));
        assertThat(Lexical.vector("the west PREVENTED peace in istanbul", 1024)).isEqualTo(v);
    }

    @Test
    void noWordsGiveZeros() {
        assertThat(Lexical.vector(" ... 、 !", 64)).containsOnly(0f);
    }

    /** Word order matters only through the bigrams: the same words reordered share unigrams, not pairs. */
    @Test
    void bigramsTellWordOrderApart() {
        float[] a = Lexical.vector("kyiv rejected talks with moscow", 4096);
        float[] b = Lexical.vector("moscow rejected talks with kyiv", 4096);
        float[] c = Lexical.vector("climate grants wind turbines solar", 4096);
        assertThat(dot(a, b)).isBetween(0.4, 0.95);
        assertThat(dot(a, c)).isLessThan(0.2);
    }
}
