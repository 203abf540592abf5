package io.shopmind.forecast.arima;

import io.shopmind.forecast.model.Forecaster;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Automatic ARIMA order selection by the stepwise search of Hyndman and Khandakar (2008), "Automatic time
 * series forecasting: the forecast package for R", <i>J. Stat. Softw.</i> 27(3), as {@code forecast::auto.arima}
 * 8.20 with its defaults: d by repeated KPSS tests, D by seasonal strength, AICc, stepwise moves, a constant
 * (mean or drift) when at most one difference is taken, and CSS approximation for long or high-frequency series.
 */
public final class AutoArima implements Forecaster {

    /** The information criterion to minimise. */
    public enum Criterion { AICC, AIC, BIC }

    private static final int MAX_P = 5;
    private static final int MAX_Q = 5;
    private static final int MAX_SEASONAL_P = 2;
    private static final int MAX_SEASONAL_Q = 2;
    private static final int MAX_D = 2;
    private static final int MAX_SEASONAL_D = 1;
    private static final int N_MODELS = 94;

    private final Criterion criterion;
    private final Regressors regressors;

    public AutoArima() {
        this(Criterion.AICC);
    }

    public AutoArima(Criterion criterion) {
        this(criterion, Regressors.NONE);
    }

    private AutoArima(Criterion criterion, Regressors regressors) {
        this.criterion = criterion;
        this.regressors = regressors;
    }

    /**
     * Selects a regression with ARIMA errors, as {@code auto.arima(y, xreg = X)}: the differencing is chosen on
     * the residuals of the least-squares regression of y on the regressors, and every candidate is fitted
     * with them.
     */
    public AutoArima regressors(Regressors newRegressors) {
        return new AutoArima(criterion, newRegressors);
    }

    /** One candidate of the search, as a row of auto.arima's results matrix. */
    private record Candidate(int p, int d, int q, int P, int D, int Q, boolean constant, double ic) {
    }

    /** A fitted candidate; {@code model} is null when the fit failed or was rejected. */
    private record Trial(ArimaModel model, double ic) {
    }

    @Override
    public ArimaModel fit(double[] y, int seasonalPeriod) {
        double[] x = y.clone();
        int serieslength = x.length;
        if (serieslength == 0) {
            throw new IllegalArgumentException("empty series");
        }
        int m = Math.max(1, seasonalPeriod);
        if (Kpss.isConstant(x)) {
            return Arima.of(ArimaOrder.of(0, 0, 0)).fit(x, m);
        }
        Criterion ic = serieslength <= 3 ? Criterion.AIC : criterion;
        boolean approximation = serieslength > 150 || m > 12;

        int maxp = Math.min(MAX_P, serieslength / 3);
        int maxq = Math.min(MAX_Q, serieslength / 3);
        int maxP = Math.min(MAX_SEASONAL_P, serieslength / 3 / m);
        int maxQ = Math.min(MAX_SEASONAL_Q, serieslength / 3 / m);

        if (regressors.count() > 0 && regressors.length() != serieslength) {
            throw new IllegalArgumentException("regressors have " + regressors.length() + " observations, the series "
                    + serieslength);
        }
        double[] xx = regressors.count() > 0 ? regressionResiduals(x, regressors) : x;
        int seasonalD;
        if (m == 1) {
            seasonalD = 0;
            maxP = 0;
            maxQ = 0;
        } else if (x.length <= 2 * m) {
            seasonalD = 0;
        } else {
            seasonalD = SeasonalStrength.nsdiffs(xx, m, MAX_SEASONAL_D);
        }
        double[] dx = xx;
        for (int i = 0; i < seasonalD; i++) {
            dx = Arima.lagDiff(dx, m);
        }
        int d = Kpss.ndiffs(dx, 0.05, MAX_D);
        for (int i = 0; i < d; i++) {
            dx = Arima.lagDiff(dx, 1);
        }
        if (dx.length == 0) {
            throw new IllegalArgumentException("Not enough data to proceed");
        }
        if (Kpss.isConstant(dx)) {
            return Arima.of(new ArimaOrder(0, d, 0, 0, seasonalD, 0))
                    .includeDrift(d + seasonalD == 1).regressors(regressors).fit(x, m);
        }
        if (m > 1) {
            if (maxP > 0) {
                maxp = Math.min(maxp, m - 1);
            }
            if (maxQ > 0) {
                maxq = Math.min(maxq, m - 1);
            }
        }
        double offset = 0;
        if (approximation) {
            try {
                ArimaModel base = Arima.of(new ArimaOrder(0, d, 0, 0, seasonalD, 0)).regressors(regressors).fit(x, m);
                offset = -2 * base.logLikelihood() - serieslength * Math.log(base.sigma2Arima());
            } catch (RuntimeException e) {
                offset = 0;
            }
        }
        boolean allowDrift = d + seasonalD == 1;
        boolean allowMean = d + seasonalD == 0;
        boolean constant = allowDrift || allowMean;

        Search search = new Search(x, m, d, seasonalD, ic, approximation, offset);
        // Starting model ARIMA(2,d,2)(1,D,1), smaller for very short series
        boolean veryShort = x.length < 10;
        int p = Math.min(veryShort ? 1 : 2, maxp);
        int q = Math.min(veryShort ? 1 : 2, maxq);
        int P = Math.min(veryShort ? 0 : 1, maxP);
        int Q = Math.min(veryShort ? 0 : 1, maxQ);

        Trial best = search.fit(p, q, P, Q, constant);
        Trial fit = search.fit(0, 0, 0, 0, constant);
        if (fit.ic() < best.ic()) {
            best = fit;
            p = q = P = Q = 0;
        }
        if (maxp > 0 || maxP > 0) {
            int ap = maxp > 0 ? 1 : 0;
            int aP = (m > 1 && maxP > 0) ? 1 : 0;
            fit = search.fit(ap, 0, aP, 0, constant);
            if (fit.ic() < best.ic()) {
                best = fit;
                p = ap;
                P = aP;
                q = Q = 0;
            }
        }
        if (maxq > 0 || maxQ > 0) {
            int aq = maxq > 0 ? 1 : 0;
            int aQ = (m > 1 && maxQ > 0) ? 1 : 0;
            fit = search.fit(0, aq, 0, aQ, constant);
            if (fit.ic() < best.ic()) {
                best = fit;
                p = P = 0;
                Q = aQ;
                q = aq;
            }
        }
        if (constant) {
            fit = search.fit(0, 0, 0, 0, false);
            if (fit.ic() < best.ic()) {
                best = fit;
                p = q = P = Q = 0;
            }
        }

        // The neighbour moves, in auto.arima's order: seasonal first, then non-seasonal, then the constant.
        final int[][] moves = {
            {0, 0, -1, 0}, {0, 0, 0, -1}, {0, 0, 1, 0}, {0, 0, 0, 1},
            {0, 0, -1, -1}, {0, 0, -1, 1}, {0, 0, 1, -1}, {0, 0, 1, 1},
            {-1, 0, 0, 0}, {0, -1, 0, 0}, {1, 0, 0, 0}, {0, 1, 0, 0},
            {-1, -1, 0, 0}, {-1, 1, 0, 0}, {1, -1, 0, 0}, {1, 1, 0, 0},
        };
        int startk = 0;
        while (startk < search.count() && search.count() < N_MODELS) {
            startk = search.count();
            boolean improved = false;
            for (int[] move : moves) {
                int np = p + move[0];
                int nq = q + move[1];
                int nP = P + move[2];
                int nQ = Q + move[3];
                if (np < 0 || nq < 0 || nP < 0 || nQ < 0 || np > maxp || nq > maxq || nP > maxP || nQ > maxQ) {
                    continue;
                }
                if (!search.isNew(np, nq, nP, nQ, constant)) {
                    continue;
                }
                if (search.count() >= N_MODELS) {
                    search.skip();
                    improved = true;
                    break;
                }
                fit = search.fit(np, nq, nP, nQ, constant);
                if (fit.ic() < best.ic()) {
                    best = fit;
                    p = np;
                    q = nq;
                    P = nP;
                    Q = nQ;
                    improved = true;
                    break;
                }
            }
            if (!improved && (allowDrift || allowMean) && search.isNew(p, q, P, Q, !constant)) {
                if (search.count() >= N_MODELS) {
                    search.skip();
                } else {
                    fit = search.fit(p, q, P, Q, !constant);
                    if (fit.ic() < best.ic()) {
                        best = fit;
                        constant = !constant;
                    }
                }
            }
        }

        if (approximation && best.model() != null) {
            best = new Trial(null, Double.POSITIVE_INFINITY);
            List<Candidate> ordered = new ArrayList<>(search.results);
            ordered.sort(Comparator.comparingDouble(Candidate::ic));
            for (Candidate c : ordered) {
                Trial refit = search.fitExact(c.p(), c.q(), c.P(), c.Q(), c.constant());
                if (refit.ic() < Double.POSITIVE_INFINITY) {
                    best = refit;
                    break;
                }
            }
        }
        if (best.model() == null || best.ic() == Double.POSITIVE_INFINITY) {
            throw new Arima.FitException("No suitable ARIMA model found");
        }
        return best.model();
    }

    /** The fitted candidates and how to fit one more: auto.arima's {@code results} and {@code myarima}. */
    private final class Search {
        final double[] x;
        final int m;
        final int d;
        final int seasonalD;
        final Criterion ic;
        final boolean approximation;
        final double offset;
        final List<Candidate> results = new ArrayList<>();
        int skipped;

        Search(double[] x, int m, int d, int seasonalD, Criterion ic, boolean approximation, double offset) {
            this.x = x;
            this.m = m;
            this.d = d;
            this.seasonalD = seasonalD;
            this.ic = ic;
            this.approximation = approximation;
            this.offset = offset;
        }

        int count() {
            return results.size() + skipped;
        }

        void skip() {
            skipped++;
        }

        boolean isNew(int p, int q, int P, int Q, boolean constant) {
            for (Candidate c : results) {
                if (c.p() == p && c.q() == q && c.P() == P && c.Q() == Q && c.constant() == constant) {
                    return false;
                }
            }
            return true;
        }

        Trial fit(int p, int q, int P, int Q, boolean constant) {
            Trial trial = myarima(p, q, P, Q, constant, approximation);
            results.add(new Candidate(p, d, q, P, seasonalD, Q, constant, trial.ic()));
            return trial;
        }

        Trial fitExact(int p, int q, int P, int Q, boolean constant) {
            return myarima(p, q, P, Q, constant, false);
        }

        /** forecast's {@code myarima}: fit, score, and reject near-unit-root or ill-conditioned models. */
        private Trial myarima(int p, int q, int P, int Q, boolean constant, boolean approx) {
            ArimaOrder order = new ArimaOrder(p, d, q, P, seasonalD, Q);
            int diffs = d + seasonalD;
            Arima arima = Arima.of(order)
                    .includeMean(constant)
                    .includeDrift(constant && diffs == 1)
                    .method(approx ? Arima.Method.CSS : Arima.Method.CSS_ML)
                    .regressors(regressors);
            ArimaModel model;
            try {
                model = arima.fit(x, m);
            } catch (RuntimeException e) {
                return new Trial(null, Double.POSITIVE_INFINITY);
            }
            int npar = model.parameterCount();
            int nstar = x.length - d - seasonalD * m;
            double aic = approx ? offset + nstar * Math.log(model.sigma2Arima()) + 2 * npar : model.aic();
            if (Double.isNaN(aic)) {
                return new Trial(null, Double.POSITIVE_INFINITY);
            }
            double value = switch (ic) {
                case AIC -> aic;
                case AICC -> aic + 2.0 * npar * (npar + 1) / (nstar - npar - 1);
                case BIC -> aic + npar * (Math.log(nstar) - 2);
            };
            double minroot = 2;
            ArimaModel.KalmanState state = model.state();
            if (p + P > 0) {
                minroot = Math.min(minroot, minRootModulus(state.phi(), -1));
            }
            if (q + Q > 0) {
                minroot = Math.min(minroot, minRootModulus(state.theta(), 1));
            }
            if (minroot < 1 + 1e-2 || hasNegativeVariance(model.covariance())) {
                value = Double.POSITIVE_INFINITY;
            }
            return new Trial(model, value);
        }
    }

    /**
     * Residuals of the least-squares regression of y on the regressors with an intercept, constant regressors
     * left out, as auto.arima's {@code residuals(lm(x ~ xregg))}.
     */
    private static double[] regressionResiduals(double[] y, Regressors regressors) {
        List<double[]> cols = new ArrayList<>();
        double[] one = new double[y.length];
        java.util.Arrays.fill(one, 1.0);
        cols.add(one);
        for (int j = 0; j < regressors.count(); j++) {
            if (!Kpss.isConstant(regressors.column(j))) {
                cols.add(regressors.column(j));
            }
        }
        double[][] x = cols.toArray(new double[0][]);
        double[] beta = Arima.leastSquares(x, y)[0];
        double[] resid = y.clone();
        for (int j = 0; j < x.length; j++) {
            for (int t = 0; t < y.length; t++) {
                resid[t] -= beta[j] * x[j][t];
            }
        }
        return resid;
    }

    /** Smallest root modulus of 1 + sign * (c_1 z + ... ), trailing coefficients below 1e-8 dropped. */
    private static double minRootModulus(double[] coef, int sign) {
        int last = 0;
        for (int i = 0; i < coef.length; i++) {
            if (Math.abs(coef[i]) > 1e-8) {
                last = i + 1;
            }
        }
        if (last == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double[] poly = new double[last + 1];
        poly[0] = 1;
        for (int i = 0; i < last; i++) {
            poly[i + 1] = sign * coef[i];
        }
        double[][] roots = PolynomialRoots.of(poly);
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < roots[0].length; i++) {
            min = Math.min(min, Math.hypot(roots[0][i], roots[1][i]));
        }
        return min;
    }

    /** forecast's {@code checkarima}: a coefficient variance that is negative or not a number. */
    private static boolean hasNegativeVariance(double[][] covariance) {
        for (int i = 0; i < covariance.length; i++) {
            double v = covariance[i][i];
            if (Double.isNaN(v) || v < 0) {
                return true;
            }
        }
        return false;
    }
}
