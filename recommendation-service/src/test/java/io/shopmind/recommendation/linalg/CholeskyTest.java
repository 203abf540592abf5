package io.shopmind.recommendation.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CholeskyTest {

    @Test
    void factorsTheTextbookExample() {
        // A = LLᵀ with L = [[2,0,0],[6,1,0],[-8,5,3]], the worked example of the Cholesky decomposition
        double[] a = {4, 12, -16, 12, 37, -43, -16, -43, 98};
        Cholesky.factor(a, 3);
        double[] lower = {a[0], a[3], a[4], a[6], a[7], a[8]};
        assertThat(lower).containsExactly(new double[] {2, 6, 1, -8, 5, 3}, within(1e-12));
    }

    @Test
    void solvesTheTextbookSystem() {
        // A x = b with x = (1, 2, 3): b = A x = (-20, -43, 192)
        double[] a = {4, 12, -16, 12, 37, -43, -16, -43, 98};
        double[] b = {-20, -43, 192};
        Cholesky.solveInPlace(a, b, 3);
        assertThat(b).containsExactly(new double[] {1, 2, 3}, within(1e-10));
    }

    @Test
    void rejectsAMatrixThatIsNotPositiveDefinite() {
        assertThatThrownBy(() -> Cholesky.factor(new double[] {1, 2, 2, 1}, 2)).hasMessageContaining("positive definite");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 33, 300})
    void invertsASymmetricPositiveDefiniteMatrix(int n) {
        // sizes around the four-row blocks, and one large enough to spread rows over the cores
        double[] a = randomPositiveDefinite(n, new Random(11));
        double[] inverse = SymmetricMatrices.invertPositiveDefinite(a.clone(), n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += a[i * n + k] * inverse[k * n + j];
                }
                assertThat(s).isCloseTo(i == j ? 1 : 0, within(1e-9));
            }
        }
    }

    @Test
    void theGramOfSinglePrecisionFactorsMatchesTheDoubleOne() {
        Random random = new Random(3);
        int rows = 50;
        int f = 6;
        double[] y = new double[rows * f];
        float[] yFloat = new float[rows * f];
        for (int k = 0; k < y.length; k++) {
            yFloat[k] = (float) random.nextGaussian();
            y[k] = yFloat[k];
        }
        double[] gram = Gram.plusRidge(y, rows, f, 0.5);
        assertThat(Gram.plusRidge(yFloat, rows, f, 0.5)).containsExactly(gram, within(1e-9));
        for (int a = 0; a < f; a++) {
            for (int b = 0; b < f; b++) {
                double expected = a == b ? 0.5 : 0;
                for (int r = 0; r < rows; r++) {
                    expected += y[r * f + a] * y[r * f + b];
                }
                assertThat(gram[a * f + b]).isCloseTo(expected, within(1e-9));
            }
        }
    }

    private static double[] randomPositiveDefinite(int n, Random random) {
        double[] x = new double[n * n];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian();
        }
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    a[i * n + j] += x[k * n + i] * x[k * n + j];
                }
            }
            a[i * n + i] += 0.5;
        }
        return a;
    }
}
