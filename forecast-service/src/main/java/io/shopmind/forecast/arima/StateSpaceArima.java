package io.shopmind.forecast.arima;

/**
 * The state-space form of an ARIMA model and its exact Gaussian likelihood by the Kalman filter, after
 * Gardner, Harvey and Phillips (1980), <i>Applied Statistics</i> 29, and Durbin and Koopman (2001):
 * a port of R's {@code makeARIMA}, {@code upARIMA}, {@code ARIMA_Like} and {@code KalmanFore}
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
    private final double[] q0;
    private final double[] psi;
    private final double[] gamma;
    private final double[] system;
    private final double[] gain;
    private final double[] direction;
    private final double[] shifted;

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
        this.q0 = new double[r * r];
        this.psi = new double[q + 1];
        this.gamma = new double[p + 1];
        this.system = new double[(p + 1) * (p + 1)];
        this.gain = new double[r];
        this.direction = new double[r];
        this.shifted = new double[r];
    }

    /** A copy of the current model and filtered state. */
    ArimaModel.KalmanState snapshot() {
        return new ArimaModel.KalmanState(phi.clone(), theta.clone(), delta.clone(), a.clone(), P.clone());
    }

    /**
     * Sets phi and theta and resets the state to its prior: R's {@code makeARIMA} and {@code upARIMA}, with the
     * stationary covariance from {@link #stationaryCovariance} where R's default runs AS 154 ({@code Gardner1980});
     * both solve the same equation exactly, this one in far fewer operations.
     */
    void update(double[] newPhi, double[] newTheta) {
        System.arraycopy(newPhi, 0, phi, 0, p);
        System.arraycopy(newTheta, 0, theta, 0, q);
        java.util.Arrays.fill(a, 0.0);
        java.util.Arrays.fill(P, 0.0);
        java.util.Arrays.fill(Pn, 0.0);
        if (r > 1) {
            stationaryCovariance(phi, p, theta, q, r, q0, psi, gamma, system);
            for (int j = 0; j < r; j++) {
                System.arraycopy(q0, j * r, Pn, j * rd, r);
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

    /**
     * The sums {@link #ssq}, {@link #sumlog} and {@link #nu} of the exact likelihood of the stationary ARMA
     * part on the series {@code w} differenced beforehand, in O(r) per observation instead of the filter's
     * O((r+d)^2): the Chandrasekhar recursions of Morf, Sidhu and Kailath (1974), <i>IEEE Trans. Automatic
     * Control</i> 19 (see also Herbst 2015, <i>Computational Economics</i> 45). Started from the stationary Q0,
     * the change of the predicted state variance {@code P_{t+1} - P_t = M_t W_t W_t'} has rank one, and with
     * {@code K_t = T P_t z}, {@code F_t = z' P_t z}, {@code u = z' W_t}: {@code F_{t+1} = F_t + M_t u^2},
     * {@code K_{t+1} = K_t + M_t u T W_t}, {@code W_{t+1} = T W_t - (u / F_t) K_t},
     * {@code M_{t+1} = M_t F_t / F_{t+1}}, from {@code W_1 = K_1}, {@code M_1 = -1 / F_1}.
     * Without differencing it equals {@link #likelihood} to rounding; with differencing it is the exact diffuse
     * likelihood, which {@link #likelihood} approaches as {@code kappa} grows. Leaves phi and theta set; the state
     * is not touched.
     */
    void stationaryLikelihood(double[] newPhi, double[] newTheta, double[] w, int length) {
        System.arraycopy(newPhi, 0, phi, 0, p);
        System.arraycopy(newTheta, 0, theta, 0, q);
        double[] k = gain;
        double[] wv = direction;
        double[] state = shifted;
        double f;
        if (r > 1) {
            stationaryFirstColumn(phi, p, theta, q, r, q0, psi, gamma, system);
            f = q0[0];
            for (int i = 0; i < r; i++) {
                double v = i + 1 < r ? q0[i + 1] : 0.0;
                if (i < p) {
                    v += phi[i] * f;
                }
                k[i] = v;
            }
        } else {
            f = p > 0 ? 1.0 / (1.0 - phi[0] * phi[0]) : 1.0;
            k[0] = p > 0 ? phi[0] * f : 0.0;
        }
        System.arraycopy(k, 0, wv, 0, r);
        double mt = -1.0 / f;
        java.util.Arrays.fill(state, 0, r, 0.0);
        double ssqAcc = 0.0;
        double sumlogAcc = 0.0;
        int nuAcc = 0;
        for (int t = 0; t < length; t++) {
            double resid = w[t] - state[0];
            if (f < 1e4) {
                nuAcc++;
                ssqAcc += resid * resid / f;
                sumlogAcc += Math.log(f);
            }
            // a_{t+1} = T a_t + K_t v_t / F_t
            double a0 = state[0];
            double step = resid / f;
            for (int i = 0; i < r; i++) {
                double v = (i + 1 < r ? state[i + 1] : 0.0) + k[i] * step;
                if (i < p) {
                    v += phi[i] * a0;
                }
                state[i] = v;
            }
            // F, K and the factor M W W' of the next change of P, from T W_t formed in place of W_t
            double zw = wv[0];
            double fNext = f + mt * zw * zw;
            for (int i = 0; i < r; i++) {
                double v = i + 1 < r ? wv[i + 1] : 0.0;
                if (i < p) {
                    v += phi[i] * zw;
                }
                wv[i] = v;
            }
            double mzw = mt * zw;
            double kf = zw / f;
            for (int i = 0; i < r; i++) {
                double tw = wv[i];
                wv[i] = tw - kf * k[i];
                k[i] += mzw * tw;
            }
            mt *= f / fNext;
            f = fNext;
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
     * The stationary covariance Q0 of the ARMA state, the solution of the discrete Lyapunov equation
     * {@code Q0 = T Q0 T' + R R'} for R's state-space form, in O(p^3 + r^2) instead of AS 154's O(r^4) or more.
     * With {@code a_t[i] = sum_{j>i} phi_j x_{t+i-j} + sum_{j>=i} theta_j e_{t+i-j}} (theta_0 = 1), the first
     * column is {@code Cov(a_t[i], x_t) = sum_{j>i} phi_j gamma(j-i) + sum_{j>=i} theta_j psi_{j-i}} from the
     * autocovariances gamma(0..p) (Brockwell and Davis 1991, <i>Time Series: Theory and Methods</i>, eq. 3.3.8)
     * and the psi weights; the rest follows from the Lyapunov equation entry by entry, from the bottom-right
     * corner: {@code Q[i][k] = phi_{i+1} phi_{k+1} Q[0][0] + phi_{i+1} Q[0][k+1] + phi_{k+1} Q[i+1][0]
     * + Q[i+1][k+1] + theta_i theta_k}.
     *
     * @param out    receives Q0, r x r column-major
     * @param psi    workspace of length q + 1
     * @param gamma  workspace of length p + 1
     * @param system workspace of length (p + 1)^2
     */
    static void stationaryCovariance(double[] phi, int p, double[] theta, int q, int r, double[] out,
                                     double[] psi, double[] gamma, double[] system) {
        stationaryFirstColumn(phi, p, theta, q, r, out, psi, gamma, system);
        for (int i = 1; i < r; i++) {
            out[r * i] = out[i];
        }
        double q00 = out[0];
        for (int i = r - 1; i >= 1; i--) {
            double phiI = i < p ? phi[i] : 0.0;
            double thetaI = i <= q ? theta[i - 1] : 0.0;
            for (int k = r - 1; k >= i; k--) {
                double phiK = k < p ? phi[k] : 0.0;
                double thetaK = k <= q ? theta[k - 1] : 0.0;
                double v = thetaI * thetaK;
                if (phiI != 0.0 || phiK != 0.0) {
                    v += phiI * phiK * q00;
                    if (k + 1 < r) {
                        v += phiI * out[r * (k + 1)];
                    }
                    if (i + 1 < r) {
                        v += phiK * out[i + 1];
                    }
                }
                if (k + 1 < r) {
                    v += out[(i + 1) + r * (k + 1)];
                }
                out[i + r * k] = v;
                out[k + r * i] = v;
            }
        }
    }

    /** The first column of Q0, {@code Cov(a_t, x_t)}, into {@code out[0..r-1]}: see {@link #stationaryCovariance}. */
    static void stationaryFirstColumn(double[] phi, int p, double[] theta, int q, int r, double[] out,
                                      double[] psi, double[] gamma, double[] system) {
        psi[0] = 1.0;
        for (int j = 1; j <= q; j++) {
            double v = theta[j - 1];
            for (int k = 1; k <= Math.min(j, p); k++) {
                v += phi[k - 1] * psi[j - k];
            }
            psi[j] = v;
        }
        // gamma(k) - sum_j phi_j gamma(|k-j|) = sum_{j=k..q} theta_j psi_{j-k}, k = 0..p
        int n = p + 1;
        java.util.Arrays.fill(system, 0, n * n, 0.0);
        for (int k = 0; k <= p; k++) {
            system[k + n * k] += 1.0;
            for (int j = 1; j <= p; j++) {
                system[k + n * Math.abs(k - j)] -= phi[j - 1];
            }
            double c = 0.0;
            for (int j = k; j <= q; j++) {
                c += (j == 0 ? 1.0 : theta[j - 1]) * psi[j - k];
            }
            gamma[k] = c;
        }
        solveInPlace(system, gamma, n);
        for (int i = 0; i < r; i++) {
            double v = 0.0;
            for (int j = i + 1; j <= p; j++) {
                v += phi[j - 1] * gamma[j - i];
            }
            for (int j = i; j <= q; j++) {
                v += (j == 0 ? 1.0 : theta[j - 1]) * psi[j - i];
            }
            out[i] = v;
        }
    }

    /** Gaussian elimination with partial pivoting: solves {@code A x = b}, A column-major n x n, x into b. */
    private static void solveInPlace(double[] a, double[] b, int n) {
        for (int col = 0; col < n; col++) {
            int pivot = col;
            double best = Math.abs(a[col + n * col]);
            for (int row = col + 1; row < n; row++) {
                double v = Math.abs(a[row + n * col]);
                if (v > best) {
                    best = v;
                    pivot = row;
                }
            }
            if (pivot != col) {
                for (int k = col; k < n; k++) {
                    double t = a[col + n * k];
                    a[col + n * k] = a[pivot + n * k];
                    a[pivot + n * k] = t;
                }
                double t = b[col];
                b[col] = b[pivot];
                b[pivot] = t;
            }
            double diag = a[col + n * col];
            for (int row = col + 1; row < n; row++) {
                double f = a[row + n * col] / diag;
                if (f != 0.0) {
                    for (int k = col + 1; k < n; k++) {
                        a[row + n * k] -= f * a[col + n * k];
                    }
                    b[row] -= f * b[col];
                }
            }
        }
        for (int row = n - 1; row >= 0; row--) {
            double v = b[row];
            for (int k = row + 1; k < n; k++) {
                v -= a[row + n * k] * b[k];
            }
            b[row] = v / a[row + n * row];
        }
    }
}
