package io.shopmind.recommendation.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shopmind.recommendation.model.TestMatrices;
import io.shopmind.recommendation.interaction.InteractionMatrix;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SparseFactorsTest {

    /** The lower triangle of [[4,12,-16],[12,37,-43],[-16,-43,98]] by column. */
    private static SparseColumns textbook() {
        return new SparseColumns(3, new int[] {0, 3, 5, 6}, new int[] {0, 1, 2, 1, 2, 2},
                new float[] {4, 12, -16, 37, -43, 98});
    }

    @Test
    void withRoomForEveryEntryTheIncompleteFactorIsTheExactOne() {
        // A = L D Lᵀ with L = [[1,0,0],[3,1,0],[-4,5,1]] and D = diag(4, 1, 9), the LDLᵀ form of the worked
        // Cholesky example (whose factor is [[2,0,0],[6,1,0],[-8,5,3]]); the budget is shared equally between the
        // columns, so column 0's two entries need six in all
        IncompleteCholesky.Factor factor = IncompleteCholesky.factor(textbook(), 0, 6);
        assertThat(factor.pivots()).containsExactly(new double[] {4, 1, 9}, within(1e-9));
        SparseColumns l = factor.lower();
        assertThat(l.pointers()).containsExactly(0, 2, 3, 3);
        assertThat(l.rows()).containsExactly(1, 2, 2);
        assertThat(l.values()).containsExactly(new float[] {3, -4, 5}, within(1e-6f));
        assertThat(factor.shift()).isZero();
    }

    @Test
    void aTightBudgetKeepsTheLargestEntriesAndShiftsWhenAPivotFails() {
        // one entry per column: column 0 keeps -16 (the larger of 12 and -16) and drops 12, whose share still comes
        // off the second pivot, 37 − 12²/4 = 1; without L_10, column 1 is −43 alone, and the last pivot
        // 98 − 16²/4 − 43²/1 is negative, so the factorisation is shifted
        IncompleteCholesky.Factor factor = IncompleteCholesky.factor(textbook(), 0, 3);
        SparseColumns l = factor.lower();
        assertThat(l.pointers()[1]).isEqualTo(1);
        assertThat(l.rows()[0]).isEqualTo(2);
        double shift = factor.shift();
        assertThat(shift).isPositive();
        assertThat(factor.pivots()[0]).isCloseTo(4 + shift, within(1e-9));
        assertThat((double) l.values()[0]).isCloseTo(-16 / (4 + shift), within(1e-6));
        for (double pivot : factor.pivots()) {
            assertThat(pivot).isPositive();
        }
    }

    @Test
    void theApproximateInverseOfATriangularFactorConvergesToTheExactInverse() {
        // L = [[1,0,0],[3,1,0],[-4,5,1]]: L⁻¹ = [[1,0,0],[-3,1,0],[19,-5,1]]
        SparseColumns lower = new SparseColumns(3, new int[] {0, 2, 3, 3}, new int[] {1, 2, 2}, new float[] {3, -4, 5});
        ApproximateInverse.Result result = ApproximateInverse.ofUnitLower(lower, 3, 40);
        double[][] dense = dense(result.inverse());
        double[][] expected = {{1, 0, 0}, {-3, 1, 0}, {19, -5, 1}};
        for (int i = 0; i < 3; i++) {
            assertThat(dense[i]).containsExactly(expected[i], within(1e-4));
        }
        assertThat(result.residualSquared()).isCloseTo(0, within(1e-8));
    }

    @Test
    void moreStepsLeaveASmallerResidual() {
        InteractionMatrix x = TestMatrices.twoGroups(80, 40, 6, 4);
        int[] order = new int[x.itemCount()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        SparseColumns gram = Gram.lowerOfItems(x, order);
        IncompleteCholesky.Factor factor = IncompleteCholesky.factor(gram, 5, 8L * x.itemCount());
        double previous = Double.POSITIVE_INFINITY;
        for (int steps : new int[] {0, 1, 3}) {
            double residual = ApproximateInverse.ofUnitLower(factor.lower(), 8, steps).residualSquared();
            assertThat(residual).isLessThan(previous);
            previous = residual;
        }
    }

    @Test
    void theSparseGramHoldsTheLowerTriangleOfTheDenseOneInTheGivenOrder() {
        InteractionMatrix x = TestMatrices.twoGroups(30, 12, 5, 9);
        int n = x.itemCount();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = n - 1 - i;
        }
        double[] dense = Gram.ofItems(x);
        double[][] lower = dense(Gram.lowerOfItems(x, order));
        for (int p = 0; p < n; p++) {
            for (int q = 0; q < n; q++) {
                double expected = p >= q ? dense[order[p] * n + order[q]] : 0;
                assertThat(lower[p][q]).as("(%d,%d)", p, q).isCloseTo(expected, within(1e-6));
            }
        }
    }

    @Test
    void largestKeepsTheBiggestMagnitudesInIndexOrder() {
        SparseAccumulator a = new SparseAccumulator(10);
        double[] values = {0.5, -3, 2, -2, 0.1};
        int[] indices = {7, 2, 9, 4, 0};
        for (int t = 0; t < values.length; t++) {
            a.add(indices[t], values[t]);
        }
        assertThat(a.largest(3)).containsExactly(2, 4, 9);
        assertThat(a.largest(10)).containsExactly(0, 2, 4, 7, 9);
        double[] random = new Random(1).doubles(101).toArray();
        assertThat(SparseAccumulator.kthLargest(random.clone(), 1))
                .isEqualTo(java.util.Arrays.stream(random).max().orElseThrow());
    }

    private static double[][] dense(SparseColumns m) {
        double[][] d = new double[m.n()][m.n()];
        for (int j = 0; j < m.n(); j++) {
            for (int q = m.start(j); q < m.end(j); q++) {
                d[m.rows()[q]][j] = m.values()[q];
            }
        }
        return d;
    }
}
