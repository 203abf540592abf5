package io.shopmind.forecast.leadtime;

import io.shopmind.forecast.arima.ArimaModel;
import io.shopmind.forecast.baseline.GaussianIntervals;
import io.shopmind.forecast.model.Forecast;
import io.shopmind.forecast.model.PredictionInterval;

/**
 * A linear model's forecast errors written as a moving average of its one-step innovations: the error h steps
 * ahead is &Sigma;<sub>j&lt;h</sub> &psi;<sub>j</sub> &epsilon;<sub>T+h&minus;j</sub>, &psi;<sub>0</sub> = 1, with
 * Var &epsilon; = &sigma;&sup2; (Box, Jenkins &amp; Reinsel, <i>Time Series Analysis</i>, 4th ed., section 5.2;
 * Hyndman, Koehler, Ord &amp; Snyder, <i>Forecasting with Exponential Smoothing</i>, 2008, section 6.1, where the
 * weights are c<sub>j</sub>). The error of the sum over the first L steps is then
 * &Sigma;<sub>i&le;L</sub> &Psi;<sub>L&minus;i</sub> &epsilon;<sub>T+i</sub> with &Psi;<sub>k</sub> =
 * &psi;<sub>0</sub> + &hellip; + &psi;<sub>k</sub>, so its variance is &sigma;&sup2; &Sigma;<sub>k&lt;L</sub>
 * &Psi;<sub>k</sub>&sup2; &mdash; larger than the sum of the per-step variances whenever the weights are positive,
 * as they are for every trending or level-following model.
 *
 * @param sigma2 the innovation variance
 * @param psi    &psi;<sub>0</sub> &hellip; &psi;<sub>H&minus;1</sub>
 */
record InnovationWeights(double sigma2, double[] psi) {

    /**
     * The exact weights of an ARIMA model: the MA expansion of &theta;(B) / (&phi;(B)&delta;(B)), with &phi; the
     * expanded (seasonal) AR polynomial, &delta; the differencing polynomial and &theta; the expanded MA polynomial
     * of the model's state-space form (R's {@code makeARIMA}; {@code ARMAtoMA} on the integrated AR side).
     */
    static InnovationWeights ofArima(ArimaModel model, int horizon) {
        ArimaModel.KalmanState state = model.state();
        double[] phi = state.phi();
        double[] delta = state.delta();
        double[] theta = state.theta();
        // the integrated AR polynomial 1 - sum ar_i B^i = (1 - sum phi_i B^i)(1 - sum delta_i B^i)
        double[] ar = new double[phi.length + delta.length];
        for (int i = 0; i < phi.length; i++) {
            ar[i] += phi[i];
        }
        for (int i = 0; i < delta.length; i++) {
            ar[i] += delta[i];
            for (int j = 0; j < phi.length; j++) {
                ar[i + j + 1] -= delta[i] * phi[j];
            }
        }
        double[] psi = new double[horizon];
        psi[0] = 1;
        for (int j = 1; j < horizon; j++) {
            double value = j - 1 < theta.length ? theta[j - 1] : 0;
            for (int i = 0; i < Math.min(j, ar.length); i++) {
                value += ar[i] * psi[j - 1 - i];
            }
            psi[j] = value;
        }
        return new InnovationWeights(model.sigma2(), psi);
    }

    /**
     * The weights a single-source-of-error model's own h-step variances imply: v<sub>h</sub> = &sigma;&sup2;
     * &Sigma;<sub>j&lt;h</sub> c<sub>j</sub>&sup2;, so c<sub>j</sub> = &radic;((v<sub>j+1</sub> &minus;
     * v<sub>j</sub>) / v<sub>1</sub>). Exact for the additive-error ETS models, Theta (SES with drift) and the naive
     * methods, whose weights are non-negative (Hyndman et al. 2008, Table 6.1); for multiplicative-error models it is
     * the Gaussian approximation with the model's own variances. The variances come from the model's widest central
     * interval, v<sub>h</sub> = ((upper &minus; lower) / 2z)&sup2;.
     */
    static InnovationWeights implied(Forecast forecast) {
        PredictionInterval widest = forecast.intervals().get(0);
        for (PredictionInterval interval : forecast.intervals()) {
            if (interval.level() > widest.level()) {
                widest = interval;
            }
        }
        double z = GaussianIntervals.z(widest.level());
        int horizon = forecast.horizon();
        double[] variance = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            double sd = Math.max(0, widest.upper()[h] - widest.lower()[h]) / (2 * z);
            variance[h] = Math.max(h == 0 ? 0 : variance[h - 1], sd * sd);
        }
        double[] psi = new double[horizon];
        psi[0] = 1;
        double sigma2 = variance[0];
        for (int j = 1; j < horizon; j++) {
            psi[j] = sigma2 > 0 ? Math.sqrt((variance[j] - variance[j - 1]) / sigma2) : 0;
        }
        return new InnovationWeights(sigma2, psi);
    }

    /** Var of the error h steps ahead, h = 1 &hellip; H. */
    double[] stepVariances() {
        double[] v = new double[psi.length];
        double sum = 0;
        for (int j = 0; j < psi.length; j++) {
            sum += psi[j] * psi[j];
            v[j] = sigma2 * sum;
        }
        return v;
    }

    /** Var of the error of the sum of the first L steps, L = 1 &hellip; H. */
    double[] cumulativeVariances() {
        double[] v = new double[psi.length];
        double partial = 0;
        double sum = 0;
        for (int k = 0; k < psi.length; k++) {
            partial += psi[k];
            sum += partial * partial;
            v[k] = sigma2 * sum;
        }
        return v;
    }
}
