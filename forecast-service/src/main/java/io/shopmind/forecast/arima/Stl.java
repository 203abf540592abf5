package io.shopmind.forecast.arima;

/**
 * Seasonal-trend decomposition by loess, Cleveland, Cleveland, McRae and Terpenning (1990), <i>J. Official
 * Statistics</i> 6(1): a port of the non-robust path of R's {@code stl} ({@code src/library/stats/src/stl.f})
 * with R's default windows. Internally 1-based, as the Fortran, to keep the index arithmetic checkable.
 */
public final class Stl {

    /**
     * @param seasonal the seasonal component
     * @param trend    the trend component
     */
    public record Decomposition(double[] seasonal, double[] trend) {
    }

    private Stl() {
    }

    /** R's {@code stl(x, s.window)} with its default degrees, windows, jumps and two inner passes. */
    public static Decomposition decompose(double[] x, int period, int sWindow) {
        int n = x.length;
        int tWindow = nextOdd(Math.ceil(1.5 * period / (1 - 1.5 / sWindow)));
        int lWindow = nextOdd(period);
        int sJump = (int) Math.ceil(sWindow / 10.0);
        int tJump = (int) Math.ceil(tWindow / 10.0);
        int lJump = (int) Math.ceil(lWindow / 10.0);
        int ns = Math.max(3, sWindow);
        int nt = Math.max(3, tWindow);
        int nl = Math.max(3, lWindow);
        int np = Math.max(2, period);
        ns = ns % 2 == 0 ? ns + 1 : ns;
        nt = nt % 2 == 0 ? nt + 1 : nt;
        nl = nl % 2 == 0 ? nl + 1 : nl;

        double[] y = new double[n + 1];
        System.arraycopy(x, 0, y, 1, n);
        double[] season = new double[n + 2 * np + 1];
        double[] trend = new double[n + 1];
        int len = n + 2 * np + 1;
        double[][] work = new double[6][len];
        for (int pass = 0; pass < 2; pass++) {
            for (int j = 1; j <= n; j++) {
                work[1][j] = y[j] - trend[j];
            }
            seasonalSmooth(work[1], n, np, ns, 0, sJump, work[2], work[3], work[4], work[5]);
            lowPass(work[2], n + 2 * np, np, work[3], work[1]);
            loess(work[3], 0, n, nl, 1, lJump, work[1], 0, work[5]);
            for (int j = 1; j <= n; j++) {
                season[j] = work[2][np + j] - work[1][j];
            }
            for (int j = 1; j <= n; j++) {
                work[1][j] = y[j] - season[j];
            }
            loess(work[1], 0, n, nt, 1, tJump, trend, 0, work[3]);
        }
        double[] s = new double[n];
        double[] t = new double[n];
        System.arraycopy(season, 1, s, 0, n);
        System.arraycopy(trend, 1, t, 0, n);
        return new Decomposition(s, t);
    }

    static int nextOdd(double v) {
        int x = (int) Math.round(v);
        return x % 2 == 0 ? x + 1 : x;
    }

    /**
     * {@code stlss}: smooths each cycle-subseries and extends it by one value at both ends, writing
     * out[1 .. n + 2 np].
     */
    private static void seasonalSmooth(double[] y, int n, int np, int ns, int isdeg, int nsjump, double[] out,
                                       double[] work1, double[] work2, double[] work4) {
        double[] ys = new double[1];
        for (int j = 1; j <= np; j++) {
            int k = (n - j) / np + 1;
            for (int i = 1; i <= k; i++) {
                work1[i] = y[(i - 1) * np + j];
            }
            loess(work1, 0, k, ns, isdeg, nsjump, work2, 1, work4);
            int nright = Math.min(ns, k);
            work2[1] = estimate(work1, 0, k, ns, isdeg, 0, ys, 1, nright, work4) ? ys[0] : work2[2];
            int nleft = Math.max(1, k - ns + 1);
            work2[k + 2] = estimate(work1, 0, k, ns, isdeg, k + 1, ys, nleft, k, work4) ? ys[0] : work2[k + 1];
            for (int m = 1; m <= k + 2; m++) {
                out[(m - 1) * np + j] = work2[m];
            }
        }
    }

    /** {@code stlfts}: moving averages of lengths np, np and 3. */
    private static void lowPass(double[] x, int n, int np, double[] trend, double[] work) {
        movingAverage(x, n, np, trend);
        movingAverage(trend, n - np + 1, np, work);
        movingAverage(work, n - 2 * np + 2, 3, trend);
    }

    /** {@code stlma}. */
    private static void movingAverage(double[] x, int n, int len, double[] ave) {
        int newn = n - len + 1;
        double flen = len;
        double v = 0;
        for (int i = 1; i <= len; i++) {
            v += x[i];
        }
        ave[1] = v / flen;
        if (newn > 1) {
            int k = len;
            int m = 0;
            for (int j = 2; j <= newn; j++) {
                k++;
                m++;
                v = v - x[m] + x[k];
                ave[j] = v / flen;
            }
        }
    }

    /**
     * {@code stless}: loess smoothing of y[1..n] (offset {@code yOff}), evaluated every {@code njump} points and
     * interpolated linearly in between; writes ys[ysOff + 1 .. ysOff + n].
     */
    private static void loess(double[] y, int yOff, int n, int len, int ideg, int njump, double[] ys, int ysOff,
                              double[] res) {
        double[] est = new double[1];
        if (n < 2) {
            ys[ysOff + 1] = y[yOff + 1];
            return;
        }
        int newnj = Math.min(njump, n - 1);
        int nleft = 0;
        int nright = 0;
        if (len >= n) {
            nleft = 1;
            nright = n;
            for (int i = 1; i <= n; i += newnj) {
                ys[ysOff + i] = estimate(y, yOff, n, len, ideg, i, est, nleft, nright, res) ? est[0] : y[yOff + i];
            }
        } else if (newnj == 1) {
            int nsh = (len + 1) / 2;
            nleft = 1;
            nright = len;
            for (int i = 1; i <= n; i++) {
                if (i > nsh && nright != n) {
                    nleft++;
                    nright++;
                }
                ys[ysOff + i] = estimate(y, yOff, n, len, ideg, i, est, nleft, nright, res) ? est[0] : y[yOff + i];
            }
        } else {
            int nsh = (len + 1) / 2;
            for (int i = 1; i <= n; i += newnj) {
                if (i < nsh) {
                    nleft = 1;
                    nright = len;
                } else if (i >= n - nsh + 1) {
                    nleft = n - len + 1;
                    nright = n;
                } else {
                    nleft = i - nsh + 1;
                    nright = len + i - nsh;
                }
                ys[ysOff + i] = estimate(y, yOff, n, len, ideg, i, est, nleft, nright, res) ? est[0] : y[yOff + i];
            }
        }
        if (newnj != 1) {
            for (int i = 1; i <= n - newnj; i += newnj) {
                double delta = (ys[ysOff + i + newnj] - ys[ysOff + i]) / newnj;
                for (int j = i + 1; j <= i + newnj - 1; j++) {
                    ys[ysOff + j] = ys[ysOff + i] + delta * (j - i);
                }
            }
            int k = ((n - 1) / newnj) * newnj + 1;
            if (k != n) {
                ys[ysOff + n] = estimate(y, yOff, n, len, ideg, n, est, nleft, nright, res) ? est[0] : y[yOff + n];
                if (k != n - 1) {
                    double delta = (ys[ysOff + n] - ys[ysOff + k]) / (n - k);
                    for (int j = k + 1; j <= n - 1; j++) {
                        ys[ysOff + j] = ys[ysOff + k] + delta * (j - k);
                    }
                }
            }
        }
    }

    /** {@code stlest}: the tricube-weighted local (constant or linear) fit at xs; false if no weight. */
    private static boolean estimate(double[] y, int yOff, int n, int len, int ideg, double xs, double[] ys,
                                    int nleft, int nright, double[] w) {
        double range = n - 1.0;
        double h = Math.max(xs - nleft, nright - xs);
        if (len > n) {
            h += (len - n) / 2;
        }
        double h9 = 0.999 * h;
        double h1 = 0.001 * h;
        double a = 0;
        for (int j = nleft; j <= nright; j++) {
            w[j] = 0;
            double r = Math.abs(j - xs);
            if (r <= h9) {
                if (r <= h1) {
                    w[j] = 1;
                } else {
                    double u = r / h;
                    double c = 1 - u * u * u;
                    w[j] = c * c * c;
                }
                a += w[j];
            }
        }
        if (a <= 0) {
            return false;
        }
        for (int j = nleft; j <= nright; j++) {
            w[j] /= a;
        }
        if (h > 0 && ideg > 0) {
            a = 0;
            for (int j = nleft; j <= nright; j++) {
                a += w[j] * j;
            }
            double b = xs - a;
            double c = 0;
            for (int j = nleft; j <= nright; j++) {
                c += w[j] * (j - a) * (j - a);
            }
            if (Math.sqrt(c) > 0.001 * range) {
                b /= c;
                for (int j = nleft; j <= nright; j++) {
                    w[j] *= b * (j - a) + 1;
                }
            }
        }
        double s = 0;
        for (int j = nleft; j <= nright; j++) {
            s += w[j] * y[yOff + j];
        }
        ys[0] = s;
        return true;
    }
}
