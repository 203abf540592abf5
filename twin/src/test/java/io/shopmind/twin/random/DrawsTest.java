package io.shopmind.twin.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DrawsTest {

    private final Draws draws = new Draws(42);

    @Test
    void aDrawIsAFunctionOfItsKeysAlone() {
        double first = draws.uniform(Source.CHOICE, 40, 17, 3);
        // other draws in between shift nothing: there is no sequence to shift
        for (int i = 0; i < 1000; i++) {
            draws.uniform(Source.CHOICE, i, i, i);
        }
        assertThat(new Draws(42).uniform(Source.CHOICE, 40, 17, 3)).isEqualTo(first);
        assertThat(draws.uniform(Source.CHOICE, 40, 17, 3)).isEqualTo(first);
        assertThat(draws.uniform(Source.BROWSING, 40, 17, 3)).isNotEqualTo(first);
        assertThat(new Draws(43).uniform(Source.CHOICE, 40, 17, 3)).isNotEqualTo(first);
    }

    @Test
    void uniformsHaveTheMomentsOfU01() {
        int n = 200_000;
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            double u = draws.uniform(Source.ARRIVALS, i, 0, 0);
            assertThat(u).isGreaterThan(0).isLessThan(1);
            sum += u;
            sumSquares += u * u;
        }
        double mean = sum / n;
        // mean 1/2 and variance 1/12; tolerances are five standard errors
        assertThat(mean).isCloseTo(0.5, within(5 * Math.sqrt(1.0 / 12 / n)));
        assertThat(sumSquares / n - mean * mean).isCloseTo(1.0 / 12, within(0.002));
    }

    @Test
    void gumbelMeanIsEulersConstantAndPoissonMeanEqualsVariance() {
        int n = 200_000;
        double gumbel = 0;
        double poisson = 0;
        double poissonSquares = 0;
        for (int i = 0; i < n; i++) {
            gumbel += draws.gumbel(Source.CHOICE, i, 1, 2);
            int k = draws.poisson(Source.CHOICE, i, 3, 4, 3.5);
            poisson += k;
            poissonSquares += (double) k * k;
        }
        // Euler-Mascheroni constant 0.5772156649; the Gumbel's standard deviation is pi/sqrt(6)
        assertThat(gumbel / n).isCloseTo(0.5772156649, within(5 * Math.PI / Math.sqrt(6) / Math.sqrt(n)));
        double mean = poisson / n;
        assertThat(mean).isCloseTo(3.5, within(5 * Math.sqrt(3.5 / n)));
        assertThat(poissonSquares / n - mean * mean).isCloseTo(3.5, within(0.06));
    }
}
