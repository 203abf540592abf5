package io.shopmind.forecast.ets;

/**
 * The innovations state space recursions of an ETS model with additive or no trend: one-step
 * forecasts, errors, state updates, and the likelihood criterion
 * {@code n log(sum e^2) + 2 sum log|mu|} (the last term for multiplicative errors only).
 * Hyndman et al. 2008, sections 2.5 and 5.1, Table 2.3; R forecast 8.20 {@code etscalc}.
 *
 * <p>The state vector is {@code [level, trend?, s_1..s_m?]}, the most recent seasonal state first.
 */
final class EtsRecursion {

    private static final double TOL = 1.0e-10;
    private static final double HUGE = 1.0e10;

    private EtsRecursion() {
    }

    /**
     * Runs the recursions through {@code y}.
     *
     * @param m      the seasonal period (1 when the model has no season)
     * @param x0     the initial state, full length (all m seasonal states)
     * @param e      receives the errors, or null
     * @param fitted receives the one-step forecasts, or null
     * @param states receives the state after each observation (row t+1), or null; row 0 is x0
     * @return the likelihood criterion (−2 log-likelihood up to a constant)
     */
    static double run(double[] y, int m, double[] x0, EtsSpec spec, double alpha, double beta, double gamma,
                      double phi, double[] e, double[] fitted, double[][] states) {
        return run(y, m, x0, spec, alpha, beta, gamma, phi, e, fitted, states, false);
    }

    /**
     * As {@link #run(double[], int, double[], EtsSpec, double, double, double, double, double[], double[], double[][])},
     * returning instead, when {@code meanSquaredError} is set, the mean squared one-step error
     * {@code mean((y - mu)^2)} on the scale of the data (R's {@code opt.crit = "mse"}).
     */
    static double run(double[] y, int m, double[] x0, EtsSpec spec, double alpha, double beta, double gamma,
                      double phi, double[] e, double[] fitted, double[][] states, boolean meanSquaredError) {
        return run(y, m, x0, spec, alpha, beta, gamma, phi, e, fitted, states, meanSquaredError, new double[m]);
    }

    /**
     * The recursions with the seasonal states in {@code ring} (at least m long, overwritten), so that an optimiser
     * calling this thousands of times allocates nothing. The m seasonal states rotate through the ring instead of
     * being shifted each period, and the log term and the mean squared error are only summed when they are asked
     * for; the arithmetic per period is otherwise R's, operation for operation.
     */
    static double run(double[] y, int m, double[] x0, EtsSpec spec, double alpha, double beta, double gamma,
                      double phi, double[] e, double[] fitted, double[][] states, boolean meanSquaredError,
                      double[] ring) {
        boolean trend = spec.hasTrend();
        EtsComponent season = spec.season();
        boolean seasonal = season != EtsComponent.NONE;
        boolean additiveSeason = season == EtsComponent.ADDITIVE;
        boolean multiplicativeError = spec.error() == EtsComponent.MULTIPLICATIVE;
        int n = y.length;
        double l = x0[0];
        double b = trend ? x0[1] : 0.0;
        int first = trend ? 2 : 1;
        // ring[(head + k) % m] is s_{k+1}, the most recent seasonal state at k = 0
        int head = 0;
        if (seasonal) {
            System.arraycopy(x0, first, ring, 0, m);
        }
        if (states != null) {
            states[0] = x0.clone();
        }
        double sse = 0;
        double logSum = 0;
        double mse = 0;
        for (int i = 0; i < n; i++) {
            double oldl = l;
            double oldb = b;
            int oldest = head == 0 ? m - 1 : head - 1;
            double olds = seasonal ? ring[oldest] : 0.0;
            double q = trend ? oldl + phi * oldb : oldl;
            double f = q;
            if (seasonal) {
                f = additiveSeason ? f + olds : f * olds;
            }
            double error = multiplicativeError ? (y[i] - f) / f : y[i] - f;
            if (e != null) {
                e[i] = error;
            }
            if (fitted != null) {
                fitted[i] = f;
            }
            double p;
            if (!seasonal) {
                p = y[i];
            } else if (additiveSeason) {
                p = y[i] - olds;
            } else {
                p = Math.abs(olds) < TOL ? HUGE : y[i] / olds;
            }
            l = q + alpha * (p - q);
            if (trend) {
                double phib = phi * oldb;
                b = phib + (beta / alpha) * (l - oldl - phib);
            }
            if (seasonal) {
                double t;
                if (additiveSeason) {
                    t = y[i] - q;
                } else {
                    t = Math.abs(q) < TOL ? HUGE : y[i] / q;
                }
                // the oldest state's slot becomes the newest
                ring[oldest] = olds + gamma * (t - olds);
                head = oldest;
            }
            if (states != null) {
                double[] row = new double[x0.length];
                row[0] = l;
                if (trend) {
                    row[1] = b;
                }
                for (int k = 0; seasonal && k < m; k++) {
                    row[first + k] = ring[(head + k) % m];
                }
                states[i + 1] = row;
            }
            sse += error * error;
            if (multiplicativeError) {
                logSum += Math.log(Math.abs(f));
            }
            if (meanSquaredError) {
                double raw = y[i] - f;
                mse = (mse * i + raw * raw) / (i + 1);
            }
        }
        if (meanSquaredError) {
            return mse;
        }
        double lik = n * Math.log(sse);
        if (multiplicativeError) {
            lik += 2 * logSum;
        }
        return lik;
    }
}
