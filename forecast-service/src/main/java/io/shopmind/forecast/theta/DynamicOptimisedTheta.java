package io.shopmind.forecast.theta;

import io.shopmind.forecast.baseline.ClassicalDecomposition;
import io.shopmind.forecast.baseline.GaussianIntervals;
import io.shopmind.forecast.ets.NelderMead;
import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.Forecast;
import io.shopmind.forecast.model.Forecaster;

/**
 * The Dynamic Optimised Theta Model (DOTM) of Fiorucci, Pellegrini, Louzada, Petropoulos &amp; Koehler (2016),
 * "Models for optimising the theta method and their relationship to state space models", IJF 32(4), section 3.2:
 * the theta line's weight {@code 1 - 1/theta} is estimated with the smoothing parameter and the initial level, and
 * the linear trend's coefficients {@code A_t, B_t} are updated at every period from the observations so far, so the
 * trend follows the recent data instead of the whole sample's regression line:
 *
 * <pre>
 *   mu_{t+1}  = l_t + (1 - 1/theta) (A_t (1 - alpha)^t + B_t (1 - (1 - alpha)^{t+1}) / alpha)
 *   l_{t+1}   = alpha y_{t+1} + (1 - alpha) l_t
 *   B_{t+1}   = ((t - 1) B_t + 6 (y_{t+1} - ybar_t) / (t + 1)) / (t + 2),   A_{t+1} = ybar_{t+1} - B_{t+1} (t + 2) / 2
 * </pre>
 *
 * <p>{@code (l_0, alpha, theta)} minimise the squared one-step errors from the third period on, by Nelder-Mead from
 * {@code (y_1 / 2, 0.5, 2)} within {@code alpha in [0.1, 0.99]}, {@code theta >= 1}, as the authors' R package
 * {@code forecTheta} does; forecasts run the recursion on with the forecasts as observations. Seasonal series (the
 * 90 % autocorrelation test of {@link Theta}) are adjusted by a classical multiplicative decomposition first. The
 * intervals are Gaussian with simple exponential smoothing's variance growth {@code sigma^2 (1 + (h - 1) alpha^2)},
 * sigma the residuals' standard deviation (forecTheta simulates instead; the widths agree to first order).
 */
public record DynamicOptimisedTheta() implements Forecaster {

    private static final double MIN_ALPHA = 0.1;
    private static final double MAX_ALPHA = 0.99;
    private static final double MIN_THETA = 1.0;
    private static final int MAX_EVALUATIONS = 500;
    private static final double REL_TOL = 1.490116119384765625e-8;

    @Override
    public FittedModel fit(double[] y, int seasonalPeriod) {
        GaussianIntervals.checkSeries(y, seasonalPeriod, 3);
        ClassicalDecomposition decomposition = Theta.seasonalAdjustment(y, seasonalPeriod);
        double[] x = decomposition == null ? y : decomposition.adjust(y);
        double scale = 0;
        for (double v : x) {
            scale += Math.abs(v) / x.length;
        }
        double cte = scale > 0 ? scale : 1;
        Recursion recursion = new Recursion(x);
        double[] start = {x[0] / 2, 0.5, 2.0};
        NelderMead.Result result = NelderMead.minimize(par -> recursion.sse(par, cte), start,
                Double.NEGATIVE_INFINITY, REL_TOL, 1.0, 0.5, 2.0, MAX_EVALUATIONS);
        double[] par = result.x();
        double[] fitted = recursion.run(par, 0);
        double mean = 0;
        int count = 0;
        for (int t = 2; t < x.length; t++) {
            mean += x[t] - fitted[t];
            count++;
        }
        mean = count > 0 ? mean / count : 0;
        double ss = 0;
        for (int t = 2; t < x.length; t++) {
            double e = x[t] - fitted[t] - mean;
            ss += e * e;
        }
        double sigma = count > 1 ? Math.sqrt(ss / (count - 1)) : 0;
        return new Fitted(x, par[0], par[1], par[2], sigma, decomposition);
    }

    /** The model's recursion over a (seasonally adjusted) series, in the 1-based indexing of the equations. */
    private record Recursion(double[] y) {

        /** The scaled sum of squared one-step errors from the third period on; infinite outside the bounds. */
        double sse(double[] par, double cte) {
            if (par[1] < MIN_ALPHA || par[1] > MAX_ALPHA || par[2] < MIN_THETA || !Double.isFinite(par[0])) {
                return Double.POSITIVE_INFINITY;
            }
            double[] mu = run(par, 0);
            double sum = 0;
            for (int t = 2; t < y.length; t++) {
                double e = (y[t] - mu[t]) / cte;
                sum += e * e;
            }
            return sum;
        }

        /** One-step fits {@code mu[0..n-1]} followed by {@code horizon} forecasts. */
        double[] run(double[] par, int horizon) {
            double ell0 = par[0];
            double alpha = par[1];
            double weight = 1 - 1 / par[2];
            int n = y.length;
            int limit = n + horizon;
            double[] mu = new double[limit];
            double[] obs = new double[limit];
            System.arraycopy(y, 0, obs, 0, n);
            // index t here is the equations' t + 1
            double ell = alpha * obs[0] + (1 - alpha) * ell0;
            double meanY = obs[0];
            double a = obs[0];
            double b = 0;
            mu[0] = obs[0];
            double decay = 1;
            for (int i = 1; i < limit; i++) {
                decay *= 1 - alpha;
                mu[i] = ell + weight * (a * decay + b * (1 - decay * (1 - alpha)) / alpha);
                if (i >= n) {
                    obs[i] = mu[i];
                }
                double previousMean = meanY;
                ell = alpha * obs[i] + (1 - alpha) * ell;
                meanY = (i * meanY + obs[i]) / (i + 1);
                b = ((i - 1) * b + 6 * (obs[i] - previousMean) / (i + 1)) / (i + 2);
                a = meanY - b * (i + 2) / 2;
            }
            return mu;
        }
    }

    /**
     * @param adjusted      the (seasonally adjusted) series the model was fitted to
     * @param ell0          the initial level
     * @param alpha         the smoothing parameter
     * @param theta         the theta coefficient; the theta line's weight is {@code 1 - 1/theta}
     * @param sigma         the residuals' standard deviation
     * @param decomposition the seasonal decomposition, or null when not seasonal
     */
    public record Fitted(double[] adjusted, double ell0, double alpha, double theta, double sigma,
                         ClassicalDecomposition decomposition) implements FittedModel {

        @Override
        public String name() {
            return "DOTM";
        }

        @Override
        public Forecast forecast(int horizon, double... levels) {
            GaussianIntervals.checkForecastArguments(horizon, levels);
            int n = adjusted.length;
            double[] path = new Recursion(adjusted).run(new double[] {ell0, alpha, theta}, horizon);
            double[] mean = new double[horizon];
            double[] se = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                double index = decomposition == null ? 1 : decomposition.futureIndex(n, h + 1);
                mean[h] = path[n + h] * index;
                se[h] = sigma * Math.sqrt(1 + h * alpha * alpha) * index;
            }
            return new Forecast(name(), mean, GaussianIntervals.of(mean, se, levels));
        }
    }
}
