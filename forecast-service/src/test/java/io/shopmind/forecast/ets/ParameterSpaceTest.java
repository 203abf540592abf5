package io.shopmind.forecast.ets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.junit.jupiter.api.Test;

class ParameterSpaceTest {

    @Test
    void schurCohnAgreesWithCompanionMatrixEigenvalues() {
        Random random = new Random(7);
        int disagreements = 0;
        for (int trial = 0; trial < 2000; trial++) {
            int m = 2 + random.nextInt(11);
            double alpha = random.nextDouble();
            double beta = random.nextDouble() * alpha;
            double gamma = random.nextDouble() * (1 - alpha) * 1.5;
            double phi = 0.8 + 0.2 * random.nextDouble();
            double[] p = ParameterSpace.characteristicPolynomial(m, alpha, beta, gamma, phi);
            double max = maxRootModulus(p);
            if (Math.abs(max - 1) < 1e-6) {
                continue;
            }
            if (ParameterSpace.rootsWithin(p, 1 + 1e-10) != (max <= 1 + 1e-10)) {
                disagreements++;
            }
        }
        assertThat(disagreements).isZero();
    }

    @Test
    void knownRoots() {
        // (z - 0.5)(z + 0.9) = z^2 + 0.4 z - 0.45
        assertThat(ParameterSpace.rootsWithin(new double[] {-0.45, 0.4, 1}, 1)).isTrue();
        // (z - 1.1)(z + 0.2) = z^2 - 0.9 z - 0.22
        assertThat(ParameterSpace.rootsWithin(new double[] {-0.22, -0.9, 1}, 1)).isFalse();
        // z^2 + 0.81: roots ±0.9i
        assertThat(ParameterSpace.rootsWithin(new double[] {0.81, 0, 1}, 1)).isTrue();
    }

    @Test
    void usualBoundsKeepBetaBelowAlphaAndGammaBelowOneMinusAlpha() {
        EtsSpec aaa = EtsSpec.of("AAA", false);
        assertThat(ParameterSpace.contains(aaa, 12, 0.3, 0.1, 0.2, 1)).isTrue();
        assertThat(ParameterSpace.contains(aaa, 12, 0.3, 0.4, 0.2, 1)).isFalse();
        assertThat(ParameterSpace.contains(aaa, 12, 0.3, 0.1, 0.8, 1)).isFalse();
        assertThat(ParameterSpace.contains(EtsSpec.of("AAN", true), 1, 0.3, 0.1, 0, 0.99)).isFalse();
    }

    private static double maxRootModulus(double[] coefficients) {
        int degree = coefficients.length - 1;
        double[][] companion = new double[degree][degree];
        for (int j = 0; j < degree; j++) {
            companion[0][j] = -coefficients[degree - 1 - j] / coefficients[degree];
        }
        for (int i = 1; i < degree; i++) {
            companion[i][i - 1] = 1;
        }
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(companion, false));
        double max = 0;
        for (int i = 0; i < degree; i++) {
            max = Math.max(max, Math.hypot(eigen.getRealEigenvalues()[i], eigen.getImagEigenvalues()[i]));
        }
        return max;
    }
}
