package io.shopmind.forecast.arima;

/**
 * Variable-metric minimiser with finite-difference gradients, a port of R's {@code optim(method = "BFGS")}
 * ({@code vmmin} in R's {@code src/appl/optim.c}, after Nash 1990, <i>Compact Numerical Methods</i>, Algorithm 21),
 * with R's defaults: {@code ndeps = 1e-3}, {@code reltol = sqrt(.Machine$double.eps)}, {@code maxit = 100}.
 */
public final class Bfgs {

    /** An objective function of the unscaled parameters. */
    @FunctionalInterface
    public interface Objective {
        double value(double[] x);
    }

    /** Thrown when a finite-difference gradient is not finite, as R's optim stops with an error. */
    public static final class NonFiniteGradientException extends ArithmeticException {
        NonFiniteGradientException(String message) {
            super(message);
        }
    }

    /**
     * @param par         the minimising parameters (unscaled)
     * @param value       the objective at {@code par}
     * @param convergence 0 if converged, 1 if the iteration limit was reached (as R's optim)
     */
    public record Result(double[] par, double value, int convergence, int functionCount, int gradientCount) {
    }

    public static final double DEFAULT_REL_TOL = Math.sqrt(Math.ulp(1.0));
    public static final double DEFAULT_NDEPS = 1e-3;
    public static final int DEFAULT_MAX_ITERATIONS = 100;

    private static final double STEP_REDUCTION = 0.2;
    private static final double ACCEPT_TOL = 1e-4;
    private static final double REL_TEST = 10.0;

    private final Objective objective;
    private final double[] parscale;
    private final double ndeps;
    private final double relTol;
    private final int maxIterations;
    private final double[] work;

    public Bfgs(Objective objective, double[] parscale) {
        this(objective, parscale, DEFAULT_NDEPS, DEFAULT_REL_TOL, DEFAULT_MAX_ITERATIONS);
    }

    public Bfgs(Objective objective, double[] parscale, double ndeps, double relTol, int maxIterations) {
        this.objective = objective;
        this.parscale = parscale.clone();
        this.ndeps = ndeps;
        this.relTol = relTol;
        this.maxIterations = maxIterations;
        this.work = new double[parscale.length];
    }

    /** Minimises from {@code start} (unscaled parameters). */
    public Result minimize(double[] start) {
        int n = start.length;
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = start[i] / parscale[i];
        }
        if (maxIterations <= 0) {
            return new Result(unscale(b), scaledValue(b), 0, 0, 0);
        }
        double[] g = new double[n];
        double[] t = new double[n];
        double[] x = new double[n];
        double[] c = new double[n];
        double[][] bInv = new double[n][n];

        double f = scaledValue(b);
        if (!Double.isFinite(f)) {
            throw new ArithmeticException("initial value in 'vmmin' is not finite");
        }
        double fmin = f;
        int funcount = 1;
        int gradcount = 1;
        gradient(b, g);
        int iter = 1;
        int ilast = gradcount;
        int count;
        do {
            if (ilast == gradcount) {
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < i; j++) {
                        bInv[i][j] = 0.0;
                    }
                    bInv[i][i] = 1.0;
                }
            }
            for (int i = 0; i < n; i++) {
                x[i] = b[i];
                c[i] = g[i];
            }
            double gradproj = 0.0;
            for (int i = 0; i < n; i++) {
                double s = 0.0;
                for (int j = 0; j <= i; j++) {
                    s -= bInv[i][j] * g[j];
                }
                for (int j = i + 1; j < n; j++) {
                    s -= bInv[j][i] * g[j];
                }
                t[i] = s;
                gradproj += s * g[i];
            }
            if (gradproj < 0.0) {
                double steplength = 1.0;
                boolean accpoint = false;
                do {
                    count = 0;
                    for (int i = 0; i < n; i++) {
                        b[i] = x[i] + steplength * t[i];
                        if (REL_TEST + x[i] == REL_TEST + b[i]) {
                            count++;
                        }
                    }
                    if (count < n) {
                        f = scaledValue(b);
                        funcount++;
                        accpoint = Double.isFinite(f) && f <= fmin + gradproj * steplength * ACCEPT_TOL;
                        if (!accpoint) {
                            steplength *= STEP_REDUCTION;
                        }
                    }
                } while (!(count == n || accpoint));
                boolean enough = f > Double.NEGATIVE_INFINITY
                        && Math.abs(f - fmin) > relTol * (Math.abs(fmin) + relTol);
                if (!enough) {
                    count = n;
                    fmin = f;
                }
                if (count < n) {
                    fmin = f;
                    gradient(b, g);
                    gradcount++;
                    iter++;
                    double d1 = 0.0;
                    for (int i = 0; i < n; i++) {
                        t[i] = steplength * t[i];
                        c[i] = g[i] - c[i];
                        d1 += t[i] * c[i];
                    }
                    if (d1 > 0) {
                        double d2 = 0.0;
                        for (int i = 0; i < n; i++) {
                            double s = 0.0;
                            for (int j = 0; j <= i; j++) {
                                s += bInv[i][j] * c[j];
                            }
                            for (int j = i + 1; j < n; j++) {
                                s += bInv[j][i] * c[j];
                            }
                            x[i] = s;
                            d2 += s * c[i];
                        }
                        d2 = 1.0 + d2 / d1;
                        for (int i = 0; i < n; i++) {
                            for (int j = 0; j <= i; j++) {
                                bInv[i][j] += (d2 * t[i] * t[j] - x[i] * t[j] - t[i] * x[j]) / d1;
                            }
                        }
                    } else {
                        ilast = gradcount;
                    }
                } else if (ilast < gradcount) {
                    count = 0;
                    ilast = gradcount;
                }
            } else {
                count = 0;
                if (ilast == gradcount) {
                    count = n;
                } else {
                    ilast = gradcount;
                }
            }
            if (iter >= maxIterations) {
                break;
            }
            if (gradcount - ilast > 2 * n) {
                ilast = gradcount;
            }
        } while (count != n || ilast != gradcount);
        int convergence = iter < maxIterations ? 0 : 1;
        return new Result(unscale(b), fmin, convergence, funcount, gradcount);
    }

    /**
     * The Hessian at {@code par} (unscaled) by differences of finite-difference gradients, as R's
     * {@code optimhess}, symmetrised.
     */
    public double[][] hessian(double[] par) {
        int n = par.length;
        double[] dpar = new double[n];
        for (int i = 0; i < n; i++) {
            dpar[i] = par[i] / parscale[i];
        }
        double[] df1 = new double[n];
        double[] df2 = new double[n];
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            double eps = ndeps / parscale[i];
            dpar[i] += eps;
            gradient(dpar, df1);
            dpar[i] -= 2 * eps;
            gradient(dpar, df2);
            for (int j = 0; j < n; j++) {
                h[i][j] = (df1[j] - df2[j]) / (2 * eps * parscale[i] * parscale[j]);
            }
            dpar[i] += eps;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double mean = 0.5 * (h[i][j] + h[j][i]);
                h[i][j] = mean;
                h[j][i] = mean;
            }
        }
        return h;
    }

    private double scaledValue(double[] scaled) {
        for (int i = 0; i < scaled.length; i++) {
            work[i] = scaled[i] * parscale[i];
        }
        return objective.value(work);
    }

    private void gradient(double[] scaled, double[] df) {
        int n = scaled.length;
        for (int i = 0; i < n; i++) {
            work[i] = scaled[i] * parscale[i];
        }
        for (int i = 0; i < n; i++) {
            work[i] = (scaled[i] + ndeps) * parscale[i];
            double val1 = objective.value(work);
            work[i] = (scaled[i] - ndeps) * parscale[i];
            double val2 = objective.value(work);
            df[i] = (val1 - val2) / (2 * ndeps);
            if (!Double.isFinite(df[i])) {
                throw new NonFiniteGradientException("non-finite finite-difference value [" + (i + 1) + "]");
            }
            work[i] = scaled[i] * parscale[i];
        }
    }

    private double[] unscale(double[] scaled) {
        double[] par = new double[scaled.length];
        for (int i = 0; i < scaled.length; i++) {
            par[i] = scaled[i] * parscale[i];
        }
        return par;
    }
}
