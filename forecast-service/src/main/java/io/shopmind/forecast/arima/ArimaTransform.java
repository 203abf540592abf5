package io.shopmind.forecast.arima;

/**
 * Parameter maps of R's {@code arima}: the Jones (1980) reparametrisation that keeps AR parts stationary
 * ({@code partrans}, {@code ARIMA_transPars}, {@code ARIMA_undoPars}, {@code ARIMA_Invtrans},
 * {@code ARIMA_Gradtrans} in R's {@code src/library/stats/src/arima.c}) and {@code maInvert} from {@code arima.R}.
 *
 * <p>Parameters are laid out as R does: {@code ar[p], ma[q], sar[P], sma[Q]}, then regression coefficients.
 */
final class ArimaTransform {

    private ArimaTransform() {
    }

    /** Maps {@code p} unconstrained values to the coefficients of a stationary AR(p), via PACFs (Durbin-Levinson). */
    static void partrans(int p, double[] raw, int offset, double[] out, int outOffset, double[] work) {
        for (int j = 0; j < p; j++) {
            double v = Math.tanh(raw[offset + j]);
            work[j] = v;
            out[outOffset + j] = v;
        }
        for (int j = 1; j < p; j++) {
            double a = out[outOffset + j];
            for (int k = 0; k < j; k++) {
                work[k] -= a * out[outOffset + j - k - 1];
            }
            for (int k = 0; k < j; k++) {
                out[outOffset + k] = work[k];
            }
        }
    }

    /** The inverse of {@link #partrans}. */
    static void invpartrans(int p, double[] phi, int offset, double[] out, int outOffset) {
        double[] work = new double[p];
        for (int j = 0; j < p; j++) {
            work[j] = phi[offset + j];
            out[outOffset + j] = phi[offset + j];
        }
        for (int j = p - 1; j > 0; j--) {
            double a = out[outOffset + j];
            for (int k = 0; k < j; k++) {
                work[k] = (out[outOffset + k] + a * out[outOffset + j - k - 1]) / (1 - a * a);
            }
            for (int k = 0; k < j; k++) {
                out[outOffset + k] = work[k];
            }
        }
        for (int j = 0; j < p; j++) {
            out[outOffset + j] = atanh(out[outOffset + j]);
        }
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }

    /**
     * Expands the seasonal model into full phi (length p + m*P) and theta (length q + m*Q),
     * optionally applying {@link #partrans} first: R's {@code ARIMA_transPars}.
     *
     * @param params    raw parameters; when {@code transform}, {@code scratch} receives the transformed copy
     * @param scratch   at least {@code p+q+P+Q} doubles
     * @param work      at least {@code max(p, P)} doubles
     */
    static void transPars(double[] params, ArimaOrder order, int period, boolean transform,
                          double[] phi, double[] theta, double[] scratch, double[] work) {
        int mp = order.p();
        int mq = order.q();
        int msp = order.P();
        int msq = order.Q();
        double[] par = params;
        if (transform) {
            int n = mp + mq + msp + msq;
            System.arraycopy(params, 0, scratch, 0, n);
            if (mp > 0) {
                partrans(mp, params, 0, scratch, 0, work);
            }
            if (msp > 0) {
                partrans(msp, params, mp + mq, scratch, mp + mq, work);
            }
            par = scratch;
        }
        int p = mp + period * msp;
        int q = mq + period * msq;
        for (int i = 0; i < mp; i++) {
            phi[i] = par[i];
        }
        for (int i = 0; i < mq; i++) {
            theta[i] = par[i + mp];
        }
        for (int i = mp; i < p; i++) {
            phi[i] = 0.0;
        }
        for (int i = mq; i < q; i++) {
            theta[i] = 0.0;
        }
        for (int j = 0; j < msp; j++) {
            phi[(j + 1) * period - 1] += par[j + mp + mq];
            for (int i = 0; i < mp; i++) {
                phi[(j + 1) * period + i] -= par[i] * par[j + mp + mq];
            }
        }
        for (int j = 0; j < msq; j++) {
            theta[(j + 1) * period - 1] += par[j + mp + mq + msp];
            for (int i = 0; i < mq; i++) {
                theta[(j + 1) * period + i] += par[i + mp] * par[j + mp + mq + msp];
            }
        }
    }

    /** Transformed to natural parameters, regression coefficients untouched: R's {@code ARIMA_undoPars}. */
    static double[] undoPars(double[] in, ArimaOrder order) {
        double[] out = in.clone();
        double[] work = new double[Math.max(order.p(), order.P()) + 1];
        if (order.p() > 0) {
            partrans(order.p(), in, 0, out, 0, work);
        }
        int v = order.p() + order.q();
        if (order.P() > 0) {
            partrans(order.P(), in, v, out, v, work);
        }
        return out;
    }

    /** Natural to transformed parameters: R's {@code ARIMA_Invtrans}. */
    static double[] invTrans(double[] in, ArimaOrder order) {
        double[] out = in.clone();
        if (order.p() > 0) {
            invpartrans(order.p(), in, 0, out, 0);
        }
        int v = order.p() + order.q();
        if (order.P() > 0) {
            invpartrans(order.P(), in, v, out, v);
        }
        return out;
    }

    /** Jacobian of {@link #undoPars} by forward differences with step 1e-3: R's {@code ARIMA_Gradtrans}. */
    static double[][] gradTrans(double[] raw, ArimaOrder order) {
        int n = raw.length;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i][i] = 1.0;
        }
        gradBlock(raw, 0, order.p(), a);
        gradBlock(raw, order.p() + order.q(), order.P(), a);
        return a;
    }

    private static void gradBlock(double[] raw, int v, int m, double[][] a) {
        if (m == 0) {
            return;
        }
        final double eps = 1e-3;
        double[] w1 = new double[m];
        double[] w2 = new double[m];
        double[] w3 = new double[m];
        double[] work = new double[m];
        System.arraycopy(raw, v, w1, 0, m);
        partrans(m, w1, 0, w2, 0, work);
        for (int i = 0; i < m; i++) {
            w1[i] += eps;
            partrans(m, w1, 0, w3, 0, work);
            for (int j = 0; j < m; j++) {
                a[i + v][j + v] = (w3[j] - w2[j]) / eps;
            }
            w1[i] -= eps;
        }
    }

    /** True if all roots of 1 - ar_1 z - ... - ar_p z^p lie outside the unit circle: R's {@code arCheck}. */
    static boolean arCheck(double[] params, int offset, int length) {
        int p = 0;
        for (int i = 0; i < length; i++) {
            if (params[offset + i] != 0) {
                p = i + 1;
            }
        }
        if (p == 0) {
            return true;
        }
        double[] coef = new double[p + 1];
        coef[0] = 1;
        for (int i = 0; i < p; i++) {
            coef[i + 1] = -params[offset + i];
        }
        double[][] roots = PolynomialRoots.of(coef);
        for (int i = 0; i < roots[0].length; i++) {
            if (Math.hypot(roots[0][i], roots[1][i]) <= 1) {
                return false;
            }
        }
        return true;
    }

    /** Reflects roots of the MA polynomial inside the unit circle to make it invertible: R's {@code maInvert}. */
    static void maInvert(double[] params, int offset, int q) {
        int q0 = 0;
        for (int i = 0; i < q; i++) {
            if (params[offset + i] != 0) {
                q0 = i + 1;
            }
        }
        if (q0 == 0) {
            return;
        }
        double[] coef = new double[q0 + 1];
        coef[0] = 1;
        System.arraycopy(params, offset, coef, 1, q0);
        double[][] roots = PolynomialRoots.of(coef);
        double[] re = roots[0];
        double[] im = roots[1];
        boolean any = false;
        for (int i = 0; i < re.length; i++) {
            if (Math.hypot(re[i], im[i]) < 1) {
                any = true;
            }
        }
        if (!any) {
            return;
        }
        if (q0 == 1) {
            params[offset] = 1 / params[offset];
            for (int i = 1; i < q; i++) {
                params[offset + i] = 0;
            }
            return;
        }
        for (int i = 0; i < re.length; i++) {
            double mod2 = re[i] * re[i] + im[i] * im[i];
            if (mod2 < 1) {
                re[i] = re[i] / mod2;
                im[i] = -im[i] / mod2;
            }
        }
        // x <- 1; for (r in roots) x <- c(x, 0) - c(0, x)/r
        double[] xr = {1.0};
        double[] xi = {0.0};
        for (int k = 0; k < re.length; k++) {
            double mod2 = re[k] * re[k] + im[k] * im[k];
            double invR = re[k] / mod2;
            double invI = -im[k] / mod2;
            double[] nr = new double[xr.length + 1];
            double[] ni = new double[xr.length + 1];
            for (int i = 0; i < xr.length; i++) {
                nr[i] += xr[i];
                ni[i] += xi[i];
                nr[i + 1] -= xr[i] * invR - xi[i] * invI;
                ni[i + 1] -= xr[i] * invI + xi[i] * invR;
            }
            xr = nr;
            xi = ni;
        }
        for (int i = 0; i < q0; i++) {
            params[offset + i] = xr[i + 1];
        }
        for (int i = q0; i < q; i++) {
            params[offset + i] = 0;
        }
    }
}
