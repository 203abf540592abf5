package io.shopmind.forecast.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference values from R 4.2's {@code optim}. */
class BfgsTest {

    @Test
    void rosenbrockFromTheOptimHelpPageMatchesR() {
        // fr <- function(x) 100 * (x[2] - x[1]^2)^2 + (1 - x[1])^2; optim(c(-1.2, 1), fr, method = "BFGS")
        Bfgs.Result result = new Bfgs(x -> 100 * Math.pow(x[1] - x[0] * x[0], 2) + Math.pow(1 - x[0], 2),
                new double[] {1, 1}).minimize(new double[] {-1.2, 1});

        assertThat(result.par()[0]).isCloseTo(0.9998044332, within(1e-9));
        assertThat(result.par()[1]).isCloseTo(0.9996083806, within(1e-9));
        assertThat(result.value()).isCloseTo(3.827382756e-08, within(1e-16));
        assertThat(result.functionCount()).isEqualTo(118);
        assertThat(result.gradientCount()).isEqualTo(38);
        assertThat(result.convergence()).isZero();
    }
}
