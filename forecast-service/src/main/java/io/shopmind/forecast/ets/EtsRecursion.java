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
        boolean trend = spec.hasTrend();
        EtsComponent season = spec.season();
        boolean multiplicativeError = spec.error() == EtsComponent.MULTIPLICATIVE;
        int n = y.length;
        double l = x0[0];
        double b = trend ? x0[1] : 0.0;
        int first = trend ? 2 : 1;
        double[] s = new double[m];
        double[] olds = new double[m];
        if (season != EtsComponent.NONE) {
            System.arraycopy(x0, first, s, 0, m);
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
            if (season != EtsComponent.NONE) {
                System.arraycopy(s, 0, olds, 0, m);
            }
            double q = trend ? oldl + phi * oldb : oldl;
            double f = q;
            if (season == EtsComponent.ADDITIVE) {
                f += olds[m - 1];
            } else if (season == EtsComponent.MULTIPLICATIVE) {
                f *= olds[m - 1];
            }
            double error = multiplicativeError ? (y[i] - f) / f : y[i] - f;
            if (e != null) {
                e[i] = error;
            }
            if (fitted != null) {
                fitted[i] = f;
            }
            double p;
            if (season == EtsComponent.NONE) {
                p = y[i];
            } else if (season == EtsComponent.ADDITIVE) {
                p = y[i] - olds[m - 1];
            } else {
                p = Math.abs(olds[m - 1]) < TOL ? HUGE : y[i] / olds[m - 1];
            }
            l = q + alpha * (p - q);
            if (trend) {
                double phib = phi * oldb;
                b = phib + (beta / alpha) * (l - oldl - phib);
            }
            if (season != EtsComponent.NONE) {
                double t;
                if (season == EtsComponent.ADDITIVE) {
                    t = y[i] - q;
                } else {
                    t = Math.abs(q) < TOL ? HUGE : y[i] / q;
                }
                s[0] = olds[m - 1] + gamma * (t - olds[m - 1]);
                System.arraycopy(olds, 0, s, 1, m - 1);
            }
            if (states != null) {
                double[] row = new double[x0.length];
                row[0] = l;
                if (trend) {
                    row[1] = b;
                }
                if (season != EtsComponent.NONE) {
                    System.arraycopy(s, 0, row, first, m);
                }
                states[i + 1] = row;
            }
            sse += error * error;
            logSum += Math.log(Math.abs(f));
            double raw = y[i] - f;
            mse = (mse * i + raw * raw) / (i + 1);
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
