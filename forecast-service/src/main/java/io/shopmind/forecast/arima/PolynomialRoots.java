package io.shopmind.forecast.arima;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/** Complex roots of a real polynomial as eigenvalues of its companion matrix (the role of R's {@code polyroot}). */
final class PolynomialRoots {

    private PolynomialRoots() {
    }

    /**
     * @param coef coefficients in increasing order, {@code coef[0] + coef[1] z + ...}; the last must be non-zero
     * @return {@code {re[], im[]}} of the roots
     */
    static double[][] of(double[] coef) {
        int degree = coef.length - 1;
        while (degree > 0 && coef[degree] == 0) {
            degree--;
        }
        if (degree == 0) {
            return new double[][] {new double[0], new double[0]};
        }
        if (degree == 1) {
            return new double[][] {{-coef[0] / coef[1]}, {0.0}};
        }
        double lead = coef[degree];
        double[][] companion = new double[degree][degree];
        for (int j = 0; j < degree; j++) {
            companion[0][j] = -coef[degree - 1 - j] / lead;
        }
        for (int i = 1; i < degree; i++) {
            companion[i][i - 1] = 1.0;
        }
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(companion, false));
        return new double[][] {eigen.getRealEigenvalues(), eigen.getImagEigenvalues()};
    }
}
