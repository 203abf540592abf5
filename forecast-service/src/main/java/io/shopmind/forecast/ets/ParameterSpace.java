package io.shopmind.forecast.ets;

/**
 * The parameter region searched by {@link Ets}: the intersection ("both") of the usual bounds
 * {@code 0 < beta < alpha < 1, 0 < gamma < 1 - alpha, 0.8 < phi < 0.98} and the admissible region of
 * Hyndman, Akram &amp; Archibald (2008), "The admissible parameter space for exponential smoothing
 * models", Annals of the Institute of Statistical Mathematics 60(2); also Hyndman et al. 2008,
 * chapter 10. As R forecast 8.20 {@code check.param} and {@code admissible}.
 */
final class ParameterSpace {

    static final double[] LOWER = {1e-4, 1e-4, 1e-4, 0.8};
    static final double[] UPPER = {0.9999, 0.9999, 0.9999, 0.98};

    private ParameterSpace() {
    }

    /** Whether the parameters lie within both the usual bounds and the admissible region. */
    static boolean contains(EtsSpec spec, int m, double alpha, double beta, double gamma, double phi) {
        if (alpha < LOWER[0] || alpha > UPPER[0]) {
            return false;
        }
        if (spec.hasTrend() && (beta < LOWER[1] || beta > alpha || beta > UPPER[1])) {
            return false;
        }
        if (spec.damped() && (phi < LOWER[3] || phi > UPPER[3])) {
            return false;
        }
        if (spec.hasSeason() && (gamma < LOWER[2] || gamma > 1 - alpha || gamma > UPPER[2])) {
            return false;
        }
        return admissible(spec, m, alpha, beta, gamma, phi);
    }

    static boolean admissible(EtsSpec spec, int m, double alpha, double beta, double gamma, double phi) {
        if (phi < 0 || phi > 1 + 1e-8) {
            return false;
        }
        if (!spec.hasSeason()) {
            if (alpha < 1 - 1 / phi || alpha > 1 + 1 / phi) {
                return false;
            }
            if (spec.hasTrend() && (beta < alpha * (phi - 1) || beta > (1 + phi) * (2 - alpha))) {
                return false;
            }
            return true;
        }
        if (m <= 1) {
            return true;
        }
        double b = spec.hasTrend() ? beta : 0;
        if (gamma < Math.max(1 - 1 / phi - alpha, 0) || gamma > 1 + 1 / phi - alpha) {
            return false;
        }
        if (alpha < 1 - 1 / phi - gamma * (1 - m + phi + phi * m) / (2 * phi * m)) {
            return false;
        }
        if (b < -(1 - phi) * (gamma / m + alpha)) {
            return false;
        }
        return rootsWithin(characteristicPolynomial(m, alpha, b, gamma, phi), 1 + 1e-10);
    }

    /**
     * Coefficients, constant term first, of the characteristic polynomial whose roots must lie in
     * the unit circle.
     */
    static double[] characteristicPolynomial(int m, double alpha, double beta, double gamma, double phi) {
        double[] p = new double[m + 2];
        p[0] = phi * (1 - alpha - gamma);
        p[1] = alpha + beta - alpha * phi + gamma - 1;
        for (int i = 2; i < m; i++) {
            p[i] = alpha + beta - alpha * phi;
        }
        p[m] = alpha + beta - phi;
        p[m + 1] = 1;
        return p;
    }

    /**
     * Whether every root of the polynomial has modulus at most {@code radius}, by the Schur-Cohn
     * recursion applied to {@code p(radius * z)} (Henrici, "Applied and Computational Complex
     * Analysis", vol. 1, 1974, section 6.8): {@code |c_0| < |c_d|} and the same for the reduced
     * polynomial {@code (c_d p(z) - c_0 p*(z)) / z}, down to degree zero.
     *
     * @param coefficients constant term first
     */
    static boolean rootsWithin(double[] coefficients, double radius) {
        int degree = coefficients.length - 1;
        double[] c = new double[degree + 1];
        double[] reduced = new double[degree];
        double power = 1;
        for (int k = 0; k <= degree; k++) {
            c[k] = coefficients[k] * power;
            power *= radius;
        }
        for (int d = degree; d >= 1; d--) {
            double lead = c[d];
            double constant = c[0];
            if (!(Math.abs(constant) < Math.abs(lead))) {
                return false;
            }
            for (int k = 0; k < d; k++) {
                reduced[k] = lead * c[k + 1] - constant * c[d - 1 - k];
            }
            // normalise so that magnitudes stay near one through the recursion
            double scale = Math.abs(reduced[d - 1]);
            for (int k = 0; k < d; k++) {
                c[k] = reduced[k] / scale;
            }
        }
        return true;
    }
}
