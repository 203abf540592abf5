package io.shopmind.supportbot.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TemperatureScalingTest {

    /**
     * Two classes, every example with logits (a, 0), the first class right in a share q of them: the likelihood is
     * Bernoulli's, maximal where sigmoid(a / T) = q, so T = a / logit(q) = 2 / ln 4 for a = 2, q = 0.8.
     */
    @Test
    void findsTheMaximumLikelihoodTemperatureOfABernoulliExample() {
        double[][] logits = new double[10][];
        int[] labels = new int[10];
        for (int i = 0; i < 10; i++) {
            logits[i] = new double[] {2.0, 0.0};
            labels[i] = i < 8 ? 0 : 1;
        }

        assertThat(TemperatureScaling.fit(logits, labels)).isCloseTo(2 / Math.log(4), within(1e-4));
    }

    @Test
    void coolsAnUnderconfidentModel() {
        // always right with a margin of 0.5: the NLL falls as T falls, down to the search's lower end
        double[][] logits = {{0.5, 0.0}, {0.0, 0.5}};
        int[] labels = {0, 1};

        assertThat(TemperatureScaling.fit(logits, labels)).isCloseTo(TemperatureScaling.MIN_T, within(1e-3));
    }

    @Test
    void logSoftmaxIsStableForLargeLogits() {
        double[] log = TemperatureScaling.logSoftmax(new double[] {1000, 1000}, 1.0);

        assertThat(log[0]).isCloseTo(-Math.log(2), within(1e-12));
        assertThat(log[1]).isCloseTo(-Math.log(2), within(1e-12));
    }
}
