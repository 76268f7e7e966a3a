package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimexTest {

    @Test
    void modIsOptionalAndOneOfTimex3s() {
        Span s = new Span(0, 10);
        assertThat(new Timex(s, TimexType.DATE, "2022-03").mod()).isEmpty();
        assertThat(new Timex(s, TimexType.DATE, "2022-03", Optional.of("START")).mod()).contains("START");
        assertThatThrownBy(() -> new Timex(s, TimexType.DATE, "2022-03", Optional.of("EARLY")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EARLY");
    }
}
