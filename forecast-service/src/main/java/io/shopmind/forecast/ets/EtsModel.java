package io.shopmind.forecast.ets;

import io.shopmind.forecast.baseline.GaussianIntervals;
import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.Forecast;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * A fitted ETS model. Forecast means and variances are analytic: class 1 (linear homoscedastic,
 * additive errors), class 2 (linear heteroscedastic, multiplicative errors) and class 3
 * (multiplicative error and season) of Hyndman et al. 2008, chapter 6 (sections 6.2–6.4, Table 6.1,
 * and the matrix formulas of section 6.5), as R forecast 8.20 {@code forecast.ets}.
 *
 * @param spec             the model taxonomy
 * @param m                the seasonal period used (1 for non-seasonal models)
 * @param alpha            level smoothing parameter
 * @param beta             trend smoothing parameter (NaN without trend)
 * @param gamma            seasonal smoothing parameter (NaN without season)
 * @param phi              damping parameter (1 when not damped)
 * @param states           the state after each observation; row 0 is the initial state
 *                         {@code [level, trend?, s_1..s_m?]}
 * @param residuals        one-step errors (relative errors for multiplicative-error models)
 * @param fitted           one-step forecasts
 * @param logLikelihood    {@code -0.5 * lik}, R's {@code loglik}
 * @param aic              Akaike information criterion
 * @param aicc             the small-sample corrected AIC
 * @param bic              Bayesian information criterion
 * @param sigma2           residual variance {@code sum(e^2) / (n - parameters)}
 * @param parameterCount   smoothing parameters plus free initial states
 */
public record EtsModel(EtsSpec spec, int m, double alpha, double beta, double gamma, double phi,
                       double[][] states, double[] residuals, double[] fitted, double logLikelihood,
                       double aic, double aicc, double bic, double sigma2, int parameterCount)
        implements FittedModel {

    @Override
    public String name() {
        return spec.label();
    }

    /** The initial state {@code [level, trend?, s_1..s_m?]}. */
    public double[] initialState() {
        return states[0].clone();
    }

    /** The state after the last observation. */
    public double[] lastState() {
        return states[states.length - 1].clone();
    }

    @Override
    public Forecast forecast(int horizon, double... levels) {
        GaussianIntervals.checkForecastArguments(horizon, levels);
        double[][] moments = spec.error() == EtsComponent.MULTIPLICATIVE && spec.season() == EtsComponent.MULTIPLICATIVE
                ? class3(horizon)
                : class12(horizon);
        double[] mean = moments[0];
        double[] se = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            se[h] = Math.sqrt(Math.max(moments[1][h], 0));
        }
        return new Forecast(name(), mean, GaussianIntervals.of(mean, se, levels));
    }

    /**
     * Classes 1 and 2: mean {@code w' F^(h-1) x_n}, coefficients {@code c_j = w' F^(j-1) g}; class 1
     * variance {@code sigma2 (1 + sum c_j^2)}, class 2 variance {@code (1 + sigma2) theta_h - mu_h^2}.
     */
    private double[][] class12(int horizon) {
        double[] x = lastState();
        int p = x.length;
        boolean trend = spec.hasTrend();
        boolean season = spec.hasSeason();
        int first = trend ? 2 : 1;
        double[] w = new double[p];
        double[][] f = new double[p][p];
        double[] g = new double[p];
        w[0] = 1;
        f[0][0] = 1;
        g[0] = alpha;
        if (trend) {
            w[1] = phi;
            f[0][1] = phi;
            f[1][1] = phi;
            g[1] = beta;
        }
        if (season) {
            w[p - 1] = 1;
            f[first][p - 1] = 1;
            for (int i = first + 1; i < p; i++) {
                f[i][i - 1] = 1;
            }
            g[first] = gamma;
        }
        double[] mu = new double[horizon];
        double[] c = new double[horizon];
        double[] wf = w.clone();
        for (int h = 0; h < horizon; h++) {
            mu[h] = dot(wf, x);
            c[h] = dot(wf, g);
            wf = rowTimes(wf, f);
        }
        double[] var = new double[horizon];
        if (spec.error() == EtsComponent.ADDITIVE) {
            double cumulative = 0;
            for (int h = 0; h < horizon; h++) {
                var[h] = sigma2 * (1 + cumulative);
                cumulative += c[h] * c[h];
            }
        } else {
            double[] theta = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                double sum = 0;
                for (int j = 1; j <= h; j++) {
                    sum += c[j - 1] * c[j - 1] * theta[h - j];
                }
                theta[h] = mu[h] * mu[h] + sigma2 * sum;
                var[h] = (1 + sigma2) * theta[h] - mu[h] * mu[h];
            }
        }
        return new double[][] {mu, var};
    }

    /** Class 3 (multiplicative error and season, additive or no trend), Hyndman et al. 2008, section 6.4. */
    private double[][] class3(int horizon) {
        double[] x = lastState();
        int p = x.length;
        int k = spec.hasTrend() ? 2 : 1;
        RealMatrix h1 = new Array2DRowRealMatrix(1, k);
        for (int i = 0; i < k; i++) {
            h1.setEntry(0, i, 1);
        }
        RealMatrix h2 = new Array2DRowRealMatrix(1, m);
        h2.setEntry(0, m - 1, 1);
        RealMatrix f1;
        RealMatrix g1;
        if (k == 1) {
            f1 = new Array2DRowRealMatrix(new double[][] {{1}});
            g1 = new Array2DRowRealMatrix(new double[][] {{alpha}});
        } else {
            f1 = new Array2DRowRealMatrix(new double[][] {{1, 1}, {0, spec.damped() ? phi : 1}});
            g1 = new Array2DRowRealMatrix(new double[][] {{alpha, alpha}, {beta, beta}});
        }
        RealMatrix f2 = new Array2DRowRealMatrix(m, m);
        f2.setEntry(0, m - 1, 1);
        for (int i = 1; i < m; i++) {
            f2.setEntry(i, i - 1, 1);
        }
        RealMatrix g2 = new Array2DRowRealMatrix(m, m);
        g2.setEntry(0, m - 1, gamma);
        RealMatrix mh = new Array2DRowRealMatrix(k, m);
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < m; j++) {
                mh.setEntry(i, j, x[i] * x[p - m + j]);
            }
        }
        int size = k * m;
        RealMatrix vh = new Array2DRowRealMatrix(size, size);
        RealMatrix h21 = kronecker(h2, h1);
        RealMatrix f21 = kronecker(f2, f1);
        RealMatrix g21 = kronecker(g2, g1);
        RealMatrix kk = kronecker(g2, f1).add(kronecker(f2, g1));
        RealMatrix f21t = f21.transpose();
        RealMatrix g21t = g21.transpose();
        RealMatrix kkt = kk.transpose();
        double[] mu = new double[horizon];
        double[] var = new double[horizon];
        for (int i = 0; i < horizon; i++) {
            mu[i] = h1.multiply(mh).multiply(h2.transpose()).getEntry(0, 0);
            var[i] = (1 + sigma2) * h21.multiply(vh).multiply(h21.transpose()).getEntry(0, 0) + sigma2 * mu[i] * mu[i];
            RealMatrix vec = new Array2DRowRealMatrix(size, 1);
            for (int col = 0; col < m; col++) {
                for (int row = 0; row < k; row++) {
                    vec.setEntry(col * k + row, 0, mh.getEntry(row, col));
                }
            }
            RealMatrix outer = vec.multiply(vec.transpose());
            RealMatrix inner = f21.multiply(vh).multiply(g21t)
                    .add(g21.multiply(vh).multiply(f21t))
                    .add(kk.multiply(vh.add(outer)).multiply(kkt))
                    .add(g21.multiply(vh.scalarMultiply(3).add(outer.scalarMultiply(2))).multiply(g21t).scalarMultiply(sigma2));
            vh = f21.multiply(vh).multiply(f21t).add(inner.scalarMultiply(sigma2));
            mh = f1.multiply(mh).multiply(f2.transpose()).add(g1.multiply(mh).multiply(g2.transpose()).scalarMultiply(sigma2));
        }
        return new double[][] {mu, var};
    }

    private static RealMatrix kronecker(RealMatrix a, RealMatrix b) {
        int ar = a.getRowDimension();
        int ac = a.getColumnDimension();
        int br = b.getRowDimension();
        int bc = b.getColumnDimension();
        RealMatrix out = new Array2DRowRealMatrix(ar * br, ac * bc);
        for (int i = 0; i < ar; i++) {
            for (int j = 0; j < ac; j++) {
                double aij = a.getEntry(i, j);
                if (aij != 0) {
                    for (int k = 0; k < br; k++) {
                        for (int l = 0; l < bc; l++) {
                            out.setEntry(i * br + k, j * bc + l, aij * b.getEntry(k, l));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double[] rowTimes(double[] row, double[][] matrix) {
        int p = row.length;
        double[] out = new double[p];
        for (int i = 0; i < p; i++) {
            if (row[i] != 0) {
                for (int j = 0; j < p; j++) {
                    out[j] += row[i] * matrix[i][j];
                }
            }
        }
        return out;
    }
}
