package org.parley.narratives;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrainerTest {

    @Test
    void aBroadRidgeBeatsALoneSpike() {
        double[][] grid = {
            {0, 0, 0, 0, 0},
            {0, 9, 0, 5, 5},
            {0, 0, 0, 5, 5},
        };
        // The spike (9) is the best single cell, but its neighbours are poor (mean 1); the block of fives is good
        // together, and its corner cell has only good neighbours (mean 5).
        assertThat(Trainer.best(grid)).containsExactly(2, 4);
    }

    @Test
    void aFlatGridGivesItsFirstCellAndOneRowWorks() {
        assertThat(Trainer.best(new double[][] {{1, 1}, {1, 1}})).containsExactly(0, 0);
        assertThat(Trainer.best(new double[][] {{0, 1, 3, 4, 0, 0}})).containsExactly(0, 2);
    }
}
