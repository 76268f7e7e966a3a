package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OverlapTest {

    private static final String A = "Delegations met at the palace in Istanbul on Friday for less than two hours";

    @Test
    void sameTextScoresOneDisjointZero() {
        assertThat(Overlap.of(A, A).f1()).isEqualTo(1.0);
        assertThat(Overlap.of(A, "Grain ships left Odesa under the deal signed in July").f1()).isZero();
        assertThat(Overlap.of("", "").f1()).isEqualTo(1.0);
        assertThat(Overlap.of("", A).f1()).isZero();
        assertThat(Overlap.of(A, "").f1()).isZero();
    }

    @Test
    void extraTextCostsPrecisionMissingTextCostsRecall() {
        // 14 words, 11 grams; 4 more words of furniture add 4 grams that are not expected
        Overlap extra = Overlap.of("Home World Europe Talks " + A, A);
        assertThat(extra.recall()).isEqualTo(1.0);
        assertThat(extra.precision()).isCloseTo(11.0 / 15, within(1e-9));
        Overlap half = Overlap.of("Delegations met at the palace in Istanbul", A);
        assertThat(half.precision()).isEqualTo(1.0);
        assertThat(half.recall()).isCloseTo(4.0 / 11, within(1e-9));
    }

    @Test
    void casePunctuationAndSpacingDoNotCount() {
        assertThat(Overlap.of(A.toUpperCase() + ".", A.replace(" ", "\n\n")).f1()).isEqualTo(1.0);
    }

    @Test
    void cjkIsComparedByCharacters() {
        String zh = "双方同意各自释放一千名战俘";
        assertThat(Words.tokens(zh)).hasSize(13);
        Overlap o = Overlap.of(zh, "双方同意各自释放");
        assertThat(o.recall()).isEqualTo(1.0);
        assertThat(o.precision()).isCloseTo(5.0 / 10, within(1e-9));
    }

    @Test
    void wordsAreCountedWithoutAssumingSpaces() {
        assertThat(Words.count("Kyiv's delegation met in Istanbul")).isEqualTo(5);
        assertThat(Words.count("Делегации России и Украины встретились")).isEqualTo(5);
        // 40 Han characters are about 20 words, not one
        assertThat(Words.count("俄罗斯和乌克兰代表团在伊斯坦布尔举行了三年多来的首次直接谈判土耳其外长主持了会议双方同意"))
                .isBetween(18, 24);
        assertThat(Words.count("ロシアとウクライナの代表団は交渉を行った")).isEqualTo(10);
        assertThat(Words.count("")).isZero();
    }
}
