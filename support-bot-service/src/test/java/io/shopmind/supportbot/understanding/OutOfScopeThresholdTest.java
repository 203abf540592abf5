package io.shopmind.supportbot.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutOfScopeThresholdTest {

    @Test
    void balancesInScopeAccuracyAndOutOfScopeRecall() {
        // in scope: right at 0.9, 0.8, 0.6; wrong at 0.5. Out of scope: 0.7, 0.4, 0.3.
        double[] confidence = {0.9, 0.8, 0.6, 0.5, 0.7, 0.4, 0.3};
        boolean[] correct = {true, true, true, false, false, false, false};
        boolean[] outOfScope = {false, false, false, false, true, true, true};
        boolean[] predictedOos = new boolean[7];

        // t = 0.5 keeps 3/4 in scope and catches 2/3 out of scope: (0.75 + 0.667) / 2 = 0.708;
        // t = 0.8 keeps 2/4 and catches 3/3: 0.75, the best of every candidate
        assertThat(OutOfScopeThreshold.choose(confidence, correct, outOfScope, predictedOos)).isEqualTo(0.8);
    }

    @Test
    void withoutOutOfScopeExamplesKeepsNinetyFivePercentOfTheRightAnswers() {
        double[] confidence = new double[40];
        boolean[] correct = new boolean[40];
        for (int i = 0; i < 40; i++) {
            confidence[i] = (i + 1) / 40.0;
            correct[i] = true;
        }

        // two of forty (5 %) fall below: the third lowest, 3/40, is the threshold
        assertThat(OutOfScopeThreshold.choose(confidence, correct, new boolean[40], new boolean[40]))
                .isEqualTo(3 / 40.0);
    }
}
