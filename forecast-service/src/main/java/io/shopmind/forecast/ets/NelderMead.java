package io.shopmind.forecast.ets;

import java.util.function.ToDoubleFunction;

/**
 * The Nelder-Mead simplex minimiser exactly as R's {@code nmmin} (J. C. Nash, "Compact Numerical
 * Methods for Computers", 2nd ed., 1990, Algorithm 19), which R's ets uses with reflection 1,
 * contraction 0.5 and expansion 2. Reproducing its steps reproduces R's estimates.
 */
public final class NelderMead {

    private static final double BIG = 1.0e35;

    /** The minimiser's outcome; {@code fail} is 0 on convergence, 1 at the iteration limit, 10 when a shrink failed. */
    public record Result(double[] x, double value, int evaluations, int fail) {
    }

    private NelderMead() {
    }

    /**
     * @throws IllegalStateException when {@code f} is not finite at {@code start}
     */
    public static Result minimize(ToDoubleFunction<double[]> f, double[] start, double abstol, double intol,
                           double alpha, double bet, double gamm, int maxit) {
        return minimize(f, start, null, abstol, intol, alpha, bet, gamm, maxit);
    }

    /**
     * As R's {@code nmmin}, but when {@code steps} is given the initial simplex steps {@code steps[i]} along
     * coordinate i instead of one step of a tenth of the largest coordinate along all: a search that starts next
     * to a known optimum (a warm start) then explores its neighbourhood rather than the whole region.
     *
     * @throws IllegalStateException when {@code f} is not finite at {@code start}
     */
    static Result minimize(ToDoubleFunction<double[]> f, double[] start, double[] steps, double abstol, double intol,
                           double alpha, double bet, double gamm, int maxit) {
        int n = start.length;
        double[] bvec = start.clone();
        double[][] p = new double[n + 1][n + 2];
        double value = f.applyAsDouble(bvec);
        if (!Double.isFinite(value)) {
            throw new IllegalStateException("function cannot be evaluated at initial parameters");
        }
        int fail = 0;
        int funcount = 1;
        double convtol = intol * (Math.abs(value) + intol);
        int n1 = n + 1;
        int c = n + 2;
        p[n1 - 1][0] = value;
        for (int i = 0; i < n; i++) {
            p[i][0] = bvec[i];
        }
        int l = 1;
        double size = 0.0;
        double step = 0.0;
        for (int i = 0; i < n; i++) {
            if (0.1 * Math.abs(bvec[i]) > step) {
                step = 0.1 * Math.abs(bvec[i]);
            }
        }
        if (step == 0.0) {
            step = 0.1;
        }
        for (int j = 2; j <= n1; j++) {
            for (int i = 0; i < n; i++) {
                p[i][j - 1] = bvec[i];
            }
            double trystep = steps == null ? step : steps[j - 2];
            while (p[j - 2][j - 1] == bvec[j - 2]) {
                p[j - 2][j - 1] = bvec[j - 2] + trystep;
                trystep *= 10;
            }
            size += trystep;
        }
        double oldsize = size;
        boolean calcvert = true;
        do {
            if (calcvert) {
                for (int j = 0; j < n1; j++) {
                    if (j + 1 != l) {
                        for (int i = 0; i < n; i++) {
                            bvec[i] = p[i][j];
                        }
                        value = evaluate(f, bvec);
                        funcount++;
                        p[n1 - 1][j] = value;
                    }
                }
                calcvert = false;
            }
            double vl = p[n1 - 1][l - 1];
            double vh = vl;
            int h = l;
            for (int j = 1; j <= n1; j++) {
                if (j != l) {
                    double fj = p[n1 - 1][j - 1];
                    if (fj < vl) {
                        l = j;
                        vl = fj;
                    }
                    if (fj > vh) {
                        h = j;
                        vh = fj;
                    }
                }
            }
            if (vh <= vl + convtol || vl <= abstol) {
                break;
            }
            for (int i = 0; i < n; i++) {
                double temp = -p[i][h - 1];
                for (int j = 0; j < n1; j++) {
                    temp += p[i][j];
                }
                p[i][c - 1] = temp / n;
            }
            for (int i = 0; i < n; i++) {
                bvec[i] = (1.0 + alpha) * p[i][c - 1] - alpha * p[i][h - 1];
            }
            value = evaluate(f, bvec);
            funcount++;
            double vr = value;
            if (vr < vl) {
                p[n1 - 1][c - 1] = value;
                for (int i = 0; i < n; i++) {
                    double fi = gamm * bvec[i] + (1 - gamm) * p[i][c - 1];
                    p[i][c - 1] = bvec[i];
                    bvec[i] = fi;
                }
                value = evaluate(f, bvec);
                funcount++;
                if (value < vr) {
                    for (int i = 0; i < n; i++) {
                        p[i][h - 1] = bvec[i];
                    }
                    p[n1 - 1][h - 1] = value;
                } else {
                    for (int i = 0; i < n; i++) {
                        p[i][h - 1] = p[i][c - 1];
                    }
                    p[n1 - 1][h - 1] = vr;
                }
            } else {
                if (vr < vh) {
                    for (int i = 0; i < n; i++) {
                        p[i][h - 1] = bvec[i];
                    }
                    p[n1 - 1][h - 1] = vr;
                }
                for (int i = 0; i < n; i++) {
                    bvec[i] = (1 - bet) * p[i][h - 1] + bet * p[i][c - 1];
                }
                value = evaluate(f, bvec);
                funcount++;
                if (value < p[n1 - 1][h - 1]) {
                    for (int i = 0; i < n; i++) {
                        p[i][h - 1] = bvec[i];
                    }
                    p[n1 - 1][h - 1] = value;
                } else if (vr >= vh) {
                    calcvert = true;
                    size = 0.0;
                    for (int j = 0; j < n1; j++) {
                        if (j + 1 != l) {
                            for (int i = 0; i < n; i++) {
                                p[i][j] = bet * (p[i][j] - p[i][l - 1]) + p[i][l - 1];
                                size += Math.abs(p[i][j] - p[i][l - 1]);
                            }
                        }
                    }
                    if (size < oldsize) {
                        oldsize = size;
                    } else {
                        fail = 10;
                        break;
                    }
                }
            }
        } while (funcount <= maxit);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = p[i][l - 1];
        }
        if (funcount > maxit) {
            fail = 1;
        }
        return new Result(x, p[n1 - 1][l - 1], funcount, fail);
    }

    private static double evaluate(ToDoubleFunction<double[]> f, double[] x) {
        double v = f.applyAsDouble(x);
        return Double.isFinite(v) ? v : BIG;
    }
}
