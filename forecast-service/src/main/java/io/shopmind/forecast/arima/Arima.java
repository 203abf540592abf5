package io.shopmind.forecast.arima;

import io.shopmind.forecast.model.Forecaster;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Fits a seasonal ARIMA(p,d,q)(P,D,Q)[m] model with optional mean or drift by exact maximum likelihood, as
 * R's {@code stats::arima} (Gardner, Harvey and Phillips 1980; Jones 1980 for the stationarity transform) and
 * {@code forecast::Arima} (AICc and BIC): conditional-sum-of-squares starting values, then BFGS on the
 * Kalman-filter likelihood ({@code method = "CSS-ML"}, R's default).
 */
public final class Arima implements Forecaster {

    /** Estimation method, as R's {@code method} argument. */
    public enum Method { CSS_ML, ML, CSS }

    /** Thrown when R's arima would stop with an error (non-stationary CSS start, failed optimisation, ...). */
    public static final class FitException extends RuntimeException {
        FitException(String message, Throwable cause) {
            super(message, cause);
        }

        FitException(String message) {
            super(message);
        }
    }

    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final ArimaOrder order;
    private final boolean includeMean;
    private final boolean includeDrift;
    private final Method method;
    private final double kappa;
    private final Regressors regressors;

    private Arima(ArimaOrder order, boolean includeMean, boolean includeDrift, Method method, double kappa,
                  Regressors regressors) {
        this.order = order;
        this.includeMean = includeMean;
        this.includeDrift = includeDrift;
        this.method = method;
        this.kappa = kappa;
        this.regressors = regressors;
    }

    /** ARIMA of the given order; a mean when undifferenced, no drift, CSS-ML, as {@code forecast::Arima}. */
    public static Arima of(ArimaOrder order) {
        return new Arima(order, true, false, Method.CSS_ML, 1e6, Regressors.NONE);
    }

    public Arima includeMean(boolean mean) {
        return new Arima(order, mean, includeDrift, method, kappa, regressors);
    }

    /** Adds a linear trend (drift); supported with exactly one difference, as auto.arima uses it. */
    public Arima includeDrift(boolean drift) {
        return new Arima(order, includeMean, drift, method, kappa, regressors);
    }

    public Arima method(Method newMethod) {
        return new Arima(order, includeMean, includeDrift, newMethod, kappa, regressors);
    }

    /**
     * Regression with ARIMA errors, R's {@code Arima(y, xreg = X)}: {@code y_t = beta' x_t + eta_t} with eta an
     * ARIMA process, the coefficients estimated jointly by exact likelihood. The model then forecasts only
     * with future values of the regressors.
     */
    public Arima regressors(Regressors newRegressors) {
        return new Arima(order, includeMean, includeDrift, method, kappa, newRegressors);
    }

    public ArimaOrder order() {
        return order;
    }

    @Override
    public ArimaModel fit(double[] y, int seasonalPeriod) {
        return new Estimation(y, seasonalPeriod).run();
    }

    /** The state of one estimation: R's arima() body, with its closures as methods. */
    private final class Estimation {
        final double[] x;
        final int n;
        final int m;
        final int narma;
        final double[] delta;
        final int nUsed;
        final double[][] xreg;
        final List<String> xregNames = new ArrayList<>();
        final int ncxreg;
        /** R's {@code S$v}: the regressors are rotated onto orthogonal directions while optimising; null if not. */
        final double[][] rotation;
        final StateSpaceArima ss;
        final double[] phi;
        final double[] theta;
        final double[] scratch;
        final double[] work;
        final double[] xAdjusted;
        final double[] w;
        final double[] cssResid;
        final double[] differenced;
        int ncond;

        Estimation(double[] y, int seasonalPeriod) {
            for (double v : y) {
                if (Double.isNaN(v)) {
                    throw new IllegalArgumentException("missing values are not supported");
                }
            }
            this.x = y.clone();
            this.n = y.length;
            this.m = Math.max(1, seasonalPeriod);
            if ((order.P() + order.D() + order.Q()) > 0 && m < 2) {
                throw new IllegalArgumentException("a seasonal order needs a seasonal period of at least 2");
            }
            this.narma = order.armaCount();
            this.delta = differencingPolynomial(order, m);
            int nd = order.d() + order.D();
            boolean drift = includeDrift && nd == 1;
            if (includeDrift && nd == 0) {
                throw new IllegalArgumentException("drift without differencing is not supported");
            }
            List<double[]> cols = new ArrayList<>();
            if (drift) {
                double[] t = new double[n];
                for (int i = 0; i < n; i++) {
                    t[i] = i + 1;
                }
                cols.add(t);
                xregNames.add("drift");
            }
            if (includeMean && nd == 0) {
                double[] one = new double[n];
                java.util.Arrays.fill(one, 1.0);
                cols.add(one);
                xregNames.add("intercept");
            }
            if (regressors.count() > 0) {
                if (regressors.length() != n) {
                    throw new IllegalArgumentException("regressors have " + regressors.length()
                            + " observations, the series " + n);
                }
                for (int j = 0; j < regressors.count(); j++) {
                    cols.add(regressors.column(j));
                }
                xregNames.addAll(regressors.names());
            }
            this.ncxreg = cols.size();
            this.rotation = ncxreg > 1 ? orthogonalDirections(cols) : null;
            this.xreg = rotation == null ? cols.toArray(new double[0][]) : rotate(cols, rotation);
            this.nUsed = n - delta.length;
            if (nUsed <= 0) {
                throw new IllegalArgumentException("too few non-missing observations");
            }
            int p = order.p() + m * order.P();
            int q = order.q() + m * order.Q();
            this.ss = new StateSpaceArima(p, q, delta, kappa);
            this.phi = new double[p];
            this.theta = new double[q];
            this.scratch = new double[narma];
            this.work = new double[Math.max(order.p(), order.P()) + 1];
            this.xAdjusted = new double[n];
            this.w = new double[n];
            this.cssResid = new double[n];
            this.differenced = new double[n];
        }

        ArimaModel run() {
            int npar = narma + ncxreg;
            double[] init = new double[npar];
            double[] parscale = new double[npar];
            java.util.Arrays.fill(parscale, 1.0);
            if (ncxreg > 0) {
                regressionStart(init, parscale);
            }
            boolean noOptim = npar == 0;
            boolean transform = !noOptim && method != Method.CSS;
            if (method == Method.CSS || method == Method.CSS_ML) {
                ncond = order.d() + order.D() * m + order.p() + m * order.P();
            } else {
                ncond = 0;
            }

            if (method == Method.CSS) {
                return fitCss(init, parscale, noOptim);
            }
            if (method == Method.CSS_ML) {
                if (!noOptim) {
                    Bfgs.Result css = optimise(this::armaCss, init, parscale, Bfgs.DEFAULT_MAX_ITERATIONS);
                    if (css.convergence() == 0) {
                        init = css.par();
                    }
                }
                if (order.p() > 0 && !ArimaTransform.arCheck(init, 0, order.p())) {
                    throw new FitException("non-stationary AR part from CSS");
                }
                if (order.P() > 0 && !ArimaTransform.arCheck(init, order.p() + order.q(), order.P())) {
                    throw new FitException("non-stationary seasonal AR part from CSS");
                }
                ncond = 0;
            }
            if (transform) {
                init = ArimaTransform.invTrans(init, order);
                if (order.q() > 0) {
                    ArimaTransform.maInvert(init, order.p(), order.q());
                }
                if (order.Q() > 0) {
                    ArimaTransform.maInvert(init, order.p() + order.q() + order.P(), order.Q());
                }
            }
            final boolean trans = transform;
            Bfgs.Objective ml = par -> armafn(par, trans);
            double[] coef;
            double value;
            double[][] var;
            if (noOptim) {
                coef = init;
                value = ml.value(coef);
                var = new double[0][0];
            } else {
                Bfgs.Result res = optimise(ml, init, parscale, Bfgs.DEFAULT_MAX_ITERATIONS);
                coef = res.par().clone();
                value = res.value();
                if (transform) {
                    if (order.q() > 0) {
                        ArimaTransform.maInvert(coef, order.p(), order.q());
                    }
                    if (order.Q() > 0) {
                        ArimaTransform.maInvert(coef, order.p() + order.q() + order.P(), order.Q());
                    }
                    if (!java.util.Arrays.equals(coef, res.par())) {
                        value = optimise(ml, coef, parscale, 0).value();
                    }
                }
                double[][] hessian = hessian(ml, parscale, coef);
                double[][] inv = invert(hessian, nUsed);
                if (transform) {
                    double[][] a = ArimaTransform.gradTrans(coef, order);
                    var = sandwich(a, inv);
                    coef = ArimaTransform.undoPars(coef, order);
                } else {
                    var = inv;
                }
            }
            ArimaTransform.transPars(coef, order, m, false, phi, theta, scratch, work);
            ss.update(phi, theta);
            double[] resid = new double[n];
            ss.likelihood(regressionResiduals(coef), resid);
            // The likelihood R reports: its diffuse prior of variance kappa, at the optimum
            value = concentrated();
            double dev = 2 * nUsed * value + nUsed + nUsed * LOG_2PI;
            double aic = dev + 2 * npar + 2;
            double sigma2 = ss.ssq / nUsed;
            if (rotation != null) {
                coef = unrotate(coef);
                var = unrotate(var);
            }
            return model(coef, var, sigma2, -0.5 * dev, aic, resid);
        }

        private ArimaModel fitCss(double[] init, double[] parscale, boolean noOptim) {
            double[] coef;
            double[][] var;
            double value;
            if (noOptim) {
                coef = init;
                value = armaCss(coef);
                var = new double[0][0];
            } else {
                Bfgs.Result res = optimise(this::armaCss, init, parscale, Bfgs.DEFAULT_MAX_ITERATIONS);
                coef = res.par();
                value = res.value();
                var = invert(hessian(this::armaCss, parscale, coef), nUsed);
            }
            ArimaTransform.transPars(coef, order, m, false, phi, theta, scratch, work);
            ss.update(phi, theta);
            double[] xr = regressionResiduals(coef);
            ss.likelihood(xr, null);
            double cssSigma2 = css(xr, true);
            double[] resid = cssResid.clone();
            double dev = 2 * nUsed * value + nUsed + nUsed * LOG_2PI;
            if (rotation != null) {
                coef = unrotate(coef);
                var = unrotate(var);
            }
            return model(coef, var, cssSigma2, -0.5 * dev, Double.NaN, resid);
        }

        private ArimaModel model(double[] coef, double[][] var, double sigma2Arima, double loglik, double aic,
                                 double[] resid) {
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= order.p(); i++) {
                names.add("ar" + i);
            }
            for (int i = 1; i <= order.q(); i++) {
                names.add("ma" + i);
            }
            for (int i = 1; i <= order.P(); i++) {
                names.add("sar" + i);
            }
            for (int i = 1; i <= order.Q(); i++) {
                names.add("sma" + i);
            }
            names.addAll(xregNames);
            int npar = coef.length + 1;
            int nstar = n - order.d() - order.D() * m;
            double aicc = aic + 2.0 * npar * ((double) nstar / (nstar - npar - 1) - 1);
            double bic = aic + npar * (Math.log(nstar) - 2);
            // forecast::Arima reports the variance of the residuals with a degrees-of-freedom correction
            double ssr = 0;
            for (double e : resid) {
                if (!Double.isNaN(e)) {
                    ssr += e * e;
                }
            }
            double unbiasedSigma2 = ssr / (nstar - npar + 1);
            return new ArimaModel(order, m, names, coef, var, unbiasedSigma2, sigma2Arima, loglik, aic, aicc, bic,
                    nUsed, resid, ss.snapshot(), n, regressors.names());
        }

        /** Regression coefficients back from the rotated directions: {@code beta = V beta_rotated}. */
        private double[] unrotate(double[] coef) {
            double[] out = coef.clone();
            for (int i = 0; i < ncxreg; i++) {
                double v = 0;
                for (int k = 0; k < ncxreg; k++) {
                    v += rotation[i][k] * coef[narma + k];
                }
                out[narma + i] = v;
            }
            return out;
        }

        /** {@code A var A'} with A the identity but V in the regression block, as R transforms var.coef. */
        private double[][] unrotate(double[][] var) {
            int k = var.length;
            if (k == 0) {
                return var;
            }
            double[][] a = new double[k][k];
            for (int i = 0; i < k; i++) {
                a[i][i] = 1;
            }
            for (int i = 0; i < ncxreg; i++) {
                for (int j = 0; j < ncxreg; j++) {
                    a[narma + i][narma + j] = rotation[i][j];
                }
            }
            // sandwich computes A' V A; pass A' to get A V A'
            double[][] at = new double[k][k];
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    at[i][j] = a[j][i];
                }
            }
            return sandwich(at, var);
        }

        /** Starting regression coefficients by least squares on the differenced series, as arima() does. */
        private void regressionStart(double[] init, double[] parscale) {
            double[] dx = difference(x);
            double[][] dxreg = new double[ncxreg][];
            for (int j = 0; j < ncxreg; j++) {
                dxreg[j] = difference(xreg[j]);
            }
            double[][] fitX = dxreg;
            double[] fitY = dx;
            if (dx.length <= ncxreg) {
                fitX = xreg;
                fitY = x;
            }
            double[][] ls = leastSquares(fitX, fitY);
            for (int j = 0; j < ncxreg; j++) {
                init[narma + j] = ls[0][j];
                parscale[narma + j] = 10 * ls[1][j];
            }
        }

        private double[] difference(double[] v) {
            double[] out = v;
            for (int i = 0; i < order.d(); i++) {
                out = lagDiff(out, 1);
            }
            for (int i = 0; i < order.D(); i++) {
                out = lagDiff(out, m);
            }
            return out;
        }

        private double[] regressionResiduals(double[] par) {
            System.arraycopy(x, 0, xAdjusted, 0, n);
            for (int j = 0; j < ncxreg; j++) {
                double beta = par[narma + j];
                double[] col = xreg[j];
                for (int i = 0; i < n; i++) {
                    xAdjusted[i] -= col[i] * beta;
                }
            }
            return xAdjusted;
        }

        /**
         * R's armafn: the concentrated negative log-likelihood per observation, here of the differenced series by
         * {@link StateSpaceArima#stationaryLikelihood}, O(r) per observation where R filters the full state.
         */
        double armafn(double[] par, boolean trans) {
            ArimaTransform.transPars(par, order, m, trans, phi, theta, scratch, work);
            double[] y = regressionResiduals(par);
            int d = delta.length;
            for (int t = d; t < n; t++) {
                double v = y[t];
                for (int j = 0; j < d; j++) {
                    v -= delta[j] * y[t - j - 1];
                }
                differenced[t - d] = v;
            }
            ss.stationaryLikelihood(phi, theta, differenced, n - d);
            return concentrated();
        }

        /** 0.5 (log(ssq / nu) + sumlog / nu) from the last likelihood run. */
        private double concentrated() {
            double s2 = ss.ssq / ss.nu;
            return 0.5 * (Math.log(s2) + ss.sumlog / ss.nu);
        }

        /** R's armaCSS: half the log of the conditional sum of squares per observation. */
        double armaCss(double[] par) {
            ArimaTransform.transPars(par, order, m, false, phi, theta, scratch, work);
            return 0.5 * Math.log(css(regressionResiduals(par), false));
        }

        /** R's ARIMA_CSS: differences, then runs the ARMA recursion from {@code ncond}. */
        private double css(double[] y, boolean keepResiduals) {
            System.arraycopy(y, 0, w, 0, n);
            for (int i = 0; i < order.d(); i++) {
                for (int l = n - 1; l > 0; l--) {
                    w[l] -= w[l - 1];
                }
            }
            for (int i = 0; i < order.D(); i++) {
                for (int l = n - 1; l >= m; l--) {
                    w[l] -= w[l - m];
                }
            }
            int p = phi.length;
            int q = theta.length;
            double[] resid = cssResid;
            for (int l = 0; l < ncond && l < n; l++) {
                resid[l] = 0;
            }
            double ssq = 0.0;
            int nu = 0;
            for (int l = ncond; l < n; l++) {
                double tmp = w[l];
                for (int j = 0; j < p; j++) {
                    tmp -= phi[j] * w[l - j - 1];
                }
                int jmax = Math.min(l - ncond, q);
                for (int j = 0; j < jmax; j++) {
                    tmp -= theta[j] * resid[l - j - 1];
                }
                resid[l] = tmp;
                if (!Double.isNaN(tmp)) {
                    nu++;
                    ssq += tmp * tmp;
                }
            }
            return ssq / nu;
        }

        private double[][] hessian(Bfgs.Objective fn, double[] parscale, double[] at) {
            try {
                return new Bfgs(fn, parscale).hessian(at);
            } catch (ArithmeticException e) {
                throw new FitException("Hessian failed: " + e.getMessage(), e);
            }
        }

        private Bfgs.Result optimise(Bfgs.Objective fn, double[] start, double[] parscale, int maxit) {
            try {
                return new Bfgs(fn, parscale, Bfgs.DEFAULT_NDEPS, Bfgs.DEFAULT_REL_TOL, maxit).minimize(start);
            } catch (ArithmeticException e) {
                throw new FitException("optimisation failed: " + e.getMessage(), e);
            }
        }
    }

    /** The coefficients of (1-B)^d (1-B^m)^D, negated and without the leading 1, as R's Delta. */
    static double[] differencingPolynomial(ArimaOrder order, int m) {
        double[] poly = {1.0};
        for (int i = 0; i < order.d(); i++) {
            poly = multiply(poly, new double[] {1.0, -1.0});
        }
        for (int i = 0; i < order.D(); i++) {
            double[] s = new double[m + 1];
            s[0] = 1.0;
            s[m] = -1.0;
            poly = multiply(poly, s);
        }
        double[] delta = new double[poly.length - 1];
        for (int i = 1; i < poly.length; i++) {
            delta[i - 1] = -poly[i];
        }
        return delta;
    }

    private static double[] multiply(double[] a, double[] b) {
        double[] ab = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                ab[i + j] += a[i] * b[j];
            }
        }
        return ab;
    }

    static double[] lagDiff(double[] v, int lag) {
        int len = Math.max(0, v.length - lag);
        double[] out = new double[len];
        for (int i = 0; i < len; i++) {
            out[i] = v[i + lag] - v[i];
        }
        return out;
    }

    /** Least squares without intercept: {@code {coefficients, standard errors}}, as lm() and its summary. */
    static double[][] leastSquares(double[][] cols, double[] y) {
        int k = cols.length;
        int len = y.length;
        double[][] xtx = new double[k][k];
        double[] xty = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double s = 0;
                for (int t = 0; t < len; t++) {
                    s += cols[i][t] * cols[j][t];
                }
                xtx[i][j] = s;
            }
            double s = 0;
            for (int t = 0; t < len; t++) {
                s += cols[i][t] * y[t];
            }
            xty[i] = s;
        }
        RealMatrix inv = new LUDecomposition(new Array2DRowRealMatrix(xtx)).getSolver().getInverse();
        double[] beta = inv.operate(xty);
        double rss = 0;
        for (int t = 0; t < len; t++) {
            double fitted = 0;
            for (int i = 0; i < k; i++) {
                fitted += cols[i][t] * beta[i];
            }
            rss += (y[t] - fitted) * (y[t] - fitted);
        }
        double s2 = rss / (len - k);
        double[] se = new double[k];
        for (int i = 0; i < k; i++) {
            se[i] = Math.sqrt(s2 * inv.getEntry(i, i));
        }
        return new double[][] {beta, se};
    }

    /**
     * R's arima rotates two or more regressors onto the right singular vectors of their matrix, which makes the
     * optimisation better conditioned; null when a singular value is below 1e-8 (R then keeps them as given).
     */
    private static double[][] orthogonalDirections(List<double[]> cols) {
        int n = cols.get(0).length;
        double[][] x = new double[n][cols.size()];
        for (int j = 0; j < cols.size(); j++) {
            for (int t = 0; t < n; t++) {
                x[t][j] = cols.get(j)[t];
            }
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(x, false));
        for (double sv : svd.getSingularValues()) {
            if (sv < 1e-8) {
                return null;
            }
        }
        return svd.getV().getData();
    }

    /** Columns of {@code X V}. */
    private static double[][] rotate(List<double[]> cols, double[][] v) {
        int k = cols.size();
        int n = cols.get(0).length;
        double[][] out = new double[k][n];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < k; i++) {
                double vij = v[i][j];
                double[] col = cols.get(i);
                for (int t = 0; t < n; t++) {
                    out[j][t] += col[t] * vij;
                }
            }
        }
        return out;
    }

    /** solve(hessian * nUsed), failing as R's solve does on a singular matrix. */
    private static double[][] invert(double[][] hessian, int nUsed) {
        int k = hessian.length;
        double[][] h = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                h[i][j] = hessian[i][j] * nUsed;
            }
        }
        try {
            LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(h, false), 1e-300);
            double[][] inv = lu.getSolver().getInverse().getData();
            for (double[] row : inv) {
                for (double v : row) {
                    if (!Double.isFinite(v)) {
                        throw new FitException("singular Hessian");
                    }
                }
            }
            return inv;
        } catch (org.apache.commons.math3.linear.SingularMatrixException e) {
            throw new FitException("singular Hessian", e);
        }
    }

    /** A' V A. */
    private static double[][] sandwich(double[][] a, double[][] v) {
        int k = v.length;
        double[][] av = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double s = 0;
                for (int l = 0; l < k; l++) {
                    s += a[l][i] * v[l][j];
                }
                av[i][j] = s;
            }
        }
        double[][] out = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double s = 0;
                for (int l = 0; l < k; l++) {
                    s += av[i][l] * a[l][j];
                }
                out[i][j] = s;
            }
        }
        return out;
    }
}
