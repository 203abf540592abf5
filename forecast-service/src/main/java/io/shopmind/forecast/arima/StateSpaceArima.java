package io.shopmind.forecast.arima;

/**
 * The state-space form of an ARIMA model and its exact Gaussian likelihood by the Kalman filter, after
 * Gardner, Harvey and Phillips (1980), <i>Applied Statistics</i> 29, and Durbin and Koopman (2001):
 * a port of R's {@code makeARIMA}, {@code upARIMA}, {@code getQ0}, {@code ARIMA_Like} and {@code KalmanFore}
 * ({@code src/library/stats/R/arima.R} and {@code src/library/stats/src/arima.c}). Differencing is part of the
 * state, with a diffuse prior of variance {@code kappa}.
 *
 * <p>Mutable on purpose: one instance is the workspace for many likelihood evaluations of one model, so the
 * filter allocates nothing. Matrices are stored column-major in flat arrays, as in R.
 */
final class StateSpaceArima {

    final int p;
    final int q;
    final int r;
    final int d;
    final int rd;
    final double kappa;
    /** AR coefficients, length p (seasonal part expanded). */
    final double[] phi;
    /** MA coefficients, length q (seasonal part expanded). */
    final double[] theta;
    /** Differencing polynomial: y_t - sum delta_i y_{t-i} is stationary. */
    final double[] delta;
    /** State mean a_t and variance P_t (filtered), and predicted variance Pn. */
    final double[] a;
    final double[] P;
    final double[] Pn;

    private final double[] anew;
    private final double[] M;
    private final double[] mm;
    private final Q0Workspace q0;

    /** Sum of squared standardised innovations, sum of log gains and their count after {@link #likelihood}. */
    double ssq;
    double sumlog;
    int nu;

    StateSpaceArima(int p, int q, double[] delta, double kappa) {
        this.p = p;
        this.q = q;
        this.r = Math.max(p, q + 1);
        this.d = delta.length;
        this.rd = r + d;
        this.kappa = kappa;
        this.phi = new double[p];
        this.theta = new double[q];
        this.delta = delta.clone();
        this.a = new double[rd];
        this.P = new double[rd * rd];
        this.Pn = new double[rd * rd];
        this.anew = new double[rd];
        this.M = new double[rd];
        this.mm = new double[rd * rd];
        this.q0 = r > 1 ? new Q0Workspace(r) : null;
    }

    /** A copy of the current model and filtered state. */
    ArimaModel.KalmanState snapshot() {
        return new ArimaModel.KalmanState(phi.clone(), theta.clone(), delta.clone(), a.clone(), P.clone());
    }

    /**
     * Sets phi and theta and resets the state to its prior: R's {@code makeARIMA} (with the {@code Gardner1980}
     * initialisation) and {@code upARIMA}.
     */
    void update(double[] newPhi, double[] newTheta) {
        System.arraycopy(newPhi, 0, phi, 0, p);
        System.arraycopy(newTheta, 0, theta, 0, q);
        java.util.Arrays.fill(a, 0.0);
        java.util.Arrays.fill(P, 0.0);
        java.util.Arrays.fill(Pn, 0.0);
        if (r > 1) {
            q0.compute(phi, p, theta, q);
            for (int j = 0; j < r; j++) {
                System.arraycopy(q0.result, j * r, Pn, j * rd, r);
            }
        } else {
            Pn[0] = p > 0 ? 1.0 / (1.0 - phi[0] * phi[0]) : 1.0;
        }
        for (int i = r; i < rd; i++) {
            Pn[i + rd * i] = kappa;
        }
    }

    /**
     * Runs the filter over {@code y}, leaving the end-of-sample state in {@code a} and {@code P}, and the
     * sums in {@link #ssq}, {@link #sumlog}, {@link #nu}: R's {@code ARIMA_Like} with {@code sUP = 0}.
     *
     * @param residuals if not null, receives the standardised innovations
     */
    void likelihood(double[] y, double[] residuals) {
        int n = y.length;
        double sumlogAcc = 0.0;
        double ssqAcc = 0.0;
        int nuAcc = 0;
        for (int l = 0; l < n; l++) {
            for (int i = 0; i < r; i++) {
                double tmp = (i < r - 1) ? a[i + 1] : 0.0;
                if (i < p) {
                    tmp += phi[i] * a[0];
                }
                anew[i] = tmp;
            }
            if (d > 0) {
                for (int i = r + 1; i < rd; i++) {
                    anew[i] = a[i - 1];
                }
                double tmp = a[0];
                for (int i = 0; i < d; i++) {
                    tmp += delta[i] * a[r + i];
                }
                anew[r] = tmp;
            }
            if (l > 0) {
                predictVariance();
            }
            if (!Double.isNaN(y[l])) {
                double resid = y[l] - anew[0];
                for (int i = 0; i < d; i++) {
                    resid -= delta[i] * anew[r + i];
                }
                for (int i = 0; i < rd; i++) {
                    double tmp = Pn[i];
                    for (int j = 0; j < d; j++) {
                        tmp += Pn[i + (r + j) * rd] * delta[j];
                    }
                    M[i] = tmp;
                }
                double gain = M[0];
                for (int j = 0; j < d; j++) {
                    gain += delta[j] * M[r + j];
                }
                if (gain < 1e4) {
                    nuAcc++;
                    ssqAcc += resid * resid / gain;
                    sumlogAcc += Math.log(gain);
                }
                if (residuals != null) {
                    residuals[l] = resid / Math.sqrt(gain);
                }
                for (int i = 0; i < rd; i++) {
                    a[i] = anew[i] + M[i] * resid / gain;
                }
                for (int j = 0; j < rd; j++) {
                    double mj = M[j];
                    int col = j * rd;
                    for (int i = 0; i < rd; i++) {
                        P[i + col] = Pn[i + col] - M[i] * mj / gain;
                    }
                }
            } else {
                System.arraycopy(anew, 0, a, 0, rd);
                System.arraycopy(Pn, 0, P, 0, rd * rd);
                if (residuals != null) {
                    residuals[l] = Double.NaN;
                }
            }
        }
        this.ssq = ssqAcc;
        this.sumlog = sumlogAcc;
        this.nu = nuAcc;
    }

    /** Pn = T P T' + V, exploiting the structure of T. */
    private void predictVariance() {
        if (d == 0) {
            for (int i = 0; i < r; i++) {
                double vi = i == 0 ? 1.0 : (i - 1 < q ? theta[i - 1] : 0.0);
                for (int j = 0; j < r; j++) {
                    double tmp = j == 0 ? vi : (j - 1 < q ? vi * theta[j - 1] : 0.0);
                    if (i < p && j < p) {
                        tmp += phi[i] * phi[j] * P[0];
                    }
                    if (i < r - 1 && j < r - 1) {
                        tmp += P[i + 1 + r * (j + 1)];
                    }
                    if (i < p && j < r - 1) {
                        tmp += phi[i] * P[j + 1];
                    }
                    if (j < p && i < r - 1) {
                        tmp += phi[j] * P[i + 1];
                    }
                    Pn[i + r * j] = tmp;
                }
            }
            return;
        }
        // mm = T P
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < rd; j++) {
                double tmp = 0.0;
                if (i < p) {
                    tmp += phi[i] * P[rd * j];
                }
                if (i < r - 1) {
                    tmp += P[i + 1 + rd * j];
                }
                mm[i + rd * j] = tmp;
            }
        }
        for (int j = 0; j < rd; j++) {
            double tmp = P[rd * j];
            for (int k = 0; k < d; k++) {
                tmp += delta[k] * P[r + k + rd * j];
            }
            mm[r + rd * j] = tmp;
        }
        for (int i = 1; i < d; i++) {
            for (int j = 0; j < rd; j++) {
                mm[r + i + rd * j] = P[r + i - 1 + rd * j];
            }
        }
        // Pn = mm T'
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < rd; j++) {
                double tmp = 0.0;
                if (i < p) {
                    tmp += phi[i] * mm[j];
                }
                if (i < r - 1) {
                    tmp += mm[rd * (i + 1) + j];
                }
                Pn[j + rd * i] = tmp;
            }
        }
        for (int j = 0; j < rd; j++) {
            double tmp = mm[j];
            for (int k = 0; k < d; k++) {
                tmp += delta[k] * mm[rd * (r + k) + j];
            }
            Pn[rd * r + j] = tmp;
        }
        for (int i = 1; i < d; i++) {
            for (int j = 0; j < rd; j++) {
                Pn[rd * (r + i) + j] = mm[rd * (r + i - 1) + j];
            }
        }
        for (int i = 0; i <= q; i++) {
            double vi = i == 0 ? 1.0 : theta[i - 1];
            for (int j = 0; j <= q; j++) {
                Pn[i + rd * j] += vi * (j == 0 ? 1.0 : theta[j - 1]);
            }
        }
    }

    /**
     * Forecasts from an end-of-sample state: R's {@code KalmanFore}.
     *
     * @return {@code {mean[], variance[]}}, variances in units of sigma^2
     */
    static double[][] forecast(ArimaModel.KalmanState s, int horizon) {
        double[] phi = s.phi();
        double[] theta = s.theta();
        double[] delta = s.delta();
        int p = phi.length;
        int q = theta.length;
        int r = Math.max(p, q + 1);
        int d = delta.length;
        int rd = r + d;
        double[] z = new double[rd];
        z[0] = 1.0;
        System.arraycopy(delta, 0, z, r, d);
        double[] t = new double[rd * rd];
        for (int i = 0; i < p; i++) {
            t[i] = phi[i];
        }
        for (int i = 1; i < r; i++) {
            t[(i - 1) + rd * i] = 1.0;
        }
        if (d > 0) {
            for (int j = 0; j < rd; j++) {
                t[r + rd * j] = z[j];
            }
            for (int i = 1; i < d; i++) {
                t[(r + i) + rd * (r + i - 1)] = 1.0;
            }
        }
        double[] rv = new double[rd];
        rv[0] = 1.0;
        for (int i = 0; i < q; i++) {
            rv[i + 1] = theta[i];
        }
        double[] state = s.a().clone();
        double[] var = s.p().clone();
        double[] newState = new double[rd];
        double[] tmpM = new double[rd * rd];
        double[] mean = new double[horizon];
        double[] variance = new double[horizon];
        for (int l = 0; l < horizon; l++) {
            double fc = 0.0;
            for (int i = 0; i < rd; i++) {
                double tmp = 0.0;
                for (int k = 0; k < rd; k++) {
                    tmp += t[i + rd * k] * state[k];
                }
                newState[i] = tmp;
                fc += tmp * z[i];
            }
            System.arraycopy(newState, 0, state, 0, rd);
            mean[l] = fc;
            for (int i = 0; i < rd; i++) {
                for (int j = 0; j < rd; j++) {
                    double tmp = 0.0;
                    for (int k = 0; k < rd; k++) {
                        tmp += t[i + rd * k] * var[k + rd * j];
                    }
                    tmpM[i + rd * j] = tmp;
                }
            }
            double v = 0.0;
            for (int i = 0; i < rd; i++) {
                for (int j = 0; j < rd; j++) {
                    double tmp = rv[i] * rv[j];
                    for (int k = 0; k < rd; k++) {
                        tmp += tmpM[i + rd * k] * t[j + rd * k];
                    }
                    var[i + rd * j] = tmp;
                }
            }
            for (int i = 0; i < rd; i++) {
                for (int j = 0; j < rd; j++) {
                    v += z[i] * z[j] * var[i + rd * j];
                }
            }
            variance[l] = v;
        }
        return new double[][] {mean, variance};
    }

    /**
     * The stationary covariance of the ARMA state by Gardner et al. (1980), algorithm AS 154: R's {@code getQ0}.
     * Buffers are kept between calls.
     */
    static final class Q0Workspace {
        final int r;
        final int np;
        final int nrbar;
        final double[] xnext;
        final double[] xrow;
        final double[] rbar;
        final double[] thetab;
        final double[] v;
        final double[] result;

        Q0Workspace(int r) {
            if (r > 350) {
                throw new IllegalArgumentException("maximum supported lag is 350");
            }
            this.r = r;
            this.np = r * (r + 1) / 2;
            this.nrbar = np * (np - 1) / 2;
            this.xnext = new double[np];
            this.xrow = new double[np];
            this.rbar = new double[nrbar];
            this.thetab = new double[np];
            this.v = new double[np];
            this.result = new double[r * r];
        }

        void compute(double[] phi, int p, double[] theta, int q) {
            double[] res = result;
            java.util.Arrays.fill(res, 0.0);
            int ind = 0;
            for (int j = 0; j < r; j++) {
                double vj = j == 0 ? 1.0 : (j - 1 < q ? theta[j - 1] : 0.0);
                for (int i = j; i < r; i++) {
                    double vi = i == 0 ? 1.0 : (i - 1 < q ? theta[i - 1] : 0.0);
                    v[ind++] = vi * vj;
                }
            }
            if (r == 1) {
                res[0] = 1.0 / (1.0 - phi[0] * phi[0]);
                return;
            }
            if (p > 0) {
                java.util.Arrays.fill(rbar, 0.0);
                for (int i = 0; i < np; i++) {
                    res[i] = 0.0;
                    thetab[i] = 0.0;
                    xnext[i] = 0.0;
                }
                ind = 0;
                int ind1 = -1;
                int npr = np - r;
                int npr1 = npr + 1;
                int indj = npr;
                int ind2 = npr - 1;
                for (int j = 0; j < r; j++) {
                    double phij = j < p ? phi[j] : 0.0;
                    xnext[indj++] = 0.0;
                    int indi = npr1 + j;
                    for (int i = j; i < r; i++) {
                        double ynext = v[ind++];
                        double phii = i < p ? phi[i] : 0.0;
                        if (j != r - 1) {
                            xnext[indj] = -phii;
                            if (i != r - 1) {
                                xnext[indi] -= phij;
                                xnext[++ind1] = -1.0;
                            }
                        }
                        xnext[npr] = -phii * phij;
                        if (++ind2 >= np) {
                            ind2 = 0;
                        }
                        xnext[ind2] += 1.0;
                        inclu2(ynext, res);
                        xnext[ind2] = 0.0;
                        if (i != r - 1) {
                            xnext[indi++] = 0.0;
                            xnext[ind1] = 0.0;
                        }
                    }
                }
                int ithisr = nrbar - 1;
                int im = np - 1;
                for (int i = 0; i < np; i++) {
                    double bi = thetab[im];
                    int jm = np - 1;
                    for (int j = 0; j < i; j++) {
                        bi -= rbar[ithisr--] * res[jm--];
                    }
                    res[im--] = bi;
                }
                // re-order
                ind = npr;
                for (int i = 0; i < r; i++) {
                    xnext[i] = res[ind++];
                }
                ind = np - 1;
                ind1 = npr - 1;
                for (int i = 0; i < npr; i++) {
                    res[ind--] = res[ind1--];
                }
                for (int i = 0; i < r; i++) {
                    res[i] = xnext[i];
                }
            } else {
                int indn = np;
                ind = np;
                for (int i = 0; i < r; i++) {
                    for (int j = 0; j <= i; j++) {
                        --ind;
                        res[ind] = v[ind];
                        if (j != 0) {
                            res[ind] += res[--indn];
                        }
                    }
                }
            }
            // unpack to a full matrix
            ind = np;
            for (int i = r - 1; i > 0; i--) {
                for (int j = r - 1; j >= i; j--) {
                    res[r * i + j] = res[--ind];
                }
            }
            for (int i = 0; i < r - 1; i++) {
                for (int j = i + 1; j < r; j++) {
                    res[i + r * j] = res[j + r * i];
                }
            }
        }

        /** Givens update of the triangular system by the row xnext (AS 154 {@code inclu2}). */
        private void inclu2(double ynext, double[] dvec) {
            System.arraycopy(xnext, 0, xrow, 0, np);
            int ithisr = 0;
            for (int i = 0; i < np; i++) {
                if (xrow[i] != 0.0) {
                    double xi = xrow[i];
                    double di = dvec[i];
                    double dpi = di + xi * xi;
                    dvec[i] = dpi;
                    double cbar = di / dpi;
                    double sbar = xi / dpi;
                    for (int k = i + 1; k < np; k++) {
                        double xk = xrow[k];
                        double rbthis = rbar[ithisr];
                        xrow[k] = xk - xi * rbthis;
                        rbar[ithisr++] = cbar * rbthis + sbar * xk;
                    }
                    double xk = ynext;
                    ynext = xk - xi * thetab[i];
                    thetab[i] = cbar * thetab[i] + sbar * xk;
                    if (di == 0.0) {
                        return;
                    }
                } else {
                    ithisr = ithisr + np - i - 1;
                }
            }
        }
    }
}
