package io.shopmind.forecast.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.junit.jupiter.api.Test;

/** The fast Q0 against the textbook solution of the Lyapunov equation, vec(Q0) = (I - T⊗T)^-1 vec(RR'). */
class StationaryCovarianceTest {

    @Test
    void matchesTheKroneckerSolutionForArmaModels() {
        assertMatches(new double[] {0.5}, new double[] {0.3});
        assertMatches(new double[] {0.2, 0.5}, new double[] {0.3});
        assertMatches(new double[] {1.2, -0.5}, new double[] {-0.4, 0.2, 0.1});
        assertMatches(new double[] {}, new double[] {0.4, -0.3, 0.2});
        assertMatches(new double[] {0.6, -0.2, 0.1}, new double[] {});
    }

    @Test
    void matchesTheKroneckerSolutionForSeasonalModels() {
        assertMatchesExpanded(ArimaOrder.of(1, 0, 1, 1, 0, 1), 12, 0.5, 0.4, 0.6, -0.7);
        assertMatchesExpanded(ArimaOrder.of(2, 0, 0, 0, 0, 1), 7, 0.3, 0.2, 0.5);
        assertMatchesExpanded(ArimaOrder.of(0, 0, 2, 2, 0, 0), 4, -0.5, 0.3, 0.4, 0.3);
    }

    /** Seasonal coefficients expanded into phi and theta as the likelihood sees them. */
    private static void assertMatchesExpanded(ArimaOrder order, int m, double... params) {
        double[] phi = new double[order.p() + m * order.P()];
        double[] theta = new double[order.q() + m * order.Q()];
        ArimaTransform.transPars(params, order, m, false, phi, theta, new double[params.length],
                new double[Math.max(order.p(), order.P()) + 1]);
        assertMatches(phi, theta);
    }

    private static void assertMatches(double[] phi, double[] theta) {
        int p = phi.length;
        int q = theta.length;
        int r = Math.max(p, q + 1);
        double[] fast = new double[r * r];
        StateSpaceArima.stationaryCovariance(phi, p, theta, q, r, fast, new double[q + 1], new double[p + 1],
                new double[(p + 1) * (p + 1)]);
        double[] expected = kronecker(phi, theta, r);
        for (int i = 0; i < r * r; i++) {
            assertThat(fast[i]).isCloseTo(expected[i], within(1e-9 * (1 + Math.abs(expected[i]))));
        }
    }

    private static double[] kronecker(double[] phi, double[] theta, int r) {
        double[][] t = new double[r][r];
        for (int i = 0; i < phi.length; i++) {
            t[i][0] = phi[i];
        }
        for (int i = 1; i < r; i++) {
            t[i - 1][i] = 1;
        }
        double[] rv = new double[r];
        rv[0] = 1;
        System.arraycopy(theta, 0, rv, 1, theta.length);
        int n = r * r;
        double[][] a = new double[n][n];
        double[] b = new double[n];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < r; j++) {
                int row = i + r * j;
                a[row][row] += 1;
                b[row] = rv[i] * rv[j];
                for (int k = 0; k < r; k++) {
                    for (int l = 0; l < r; l++) {
                        a[row][k + r * l] -= t[i][k] * t[j][l];
                    }
                }
            }
        }
        return new LUDecomposition(new Array2DRowRealMatrix(a, false)).getSolver()
                .solve(new ArrayRealVector(b, false)).toArray();
    }
}
