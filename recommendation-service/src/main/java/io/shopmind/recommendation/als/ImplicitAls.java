package io.shopmind.recommendation.als;

import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.linalg.DenseVectors;
import io.shopmind.recommendation.linalg.Gram;
import io.shopmind.recommendation.model.FactorModel;
import io.shopmind.recommendation.model.Recommender;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Implicit-feedback alternating least squares (Hu, Koren &amp; Volinsky 2008, "Collaborative Filtering for Implicit
 * Feedback Datasets"): minimises {@code Σ_ui c_ui (p_ui − x_uᵀy_i)² + λ(Σ‖x_u‖² + Σ‖y_i‖²)} with preference
 * {@code p_ui = 1} where {@code r_ui > 0} and confidence {@code c_ui = 1 + α r_ui}; or, with
 * {@link Regularization#PER_CELL}, each row's λ multiplied by its number of cells (ALS-WR: Zhou et al. 2008, "Large-scale
 * parallel collaborative filtering for the Netflix prize", as Spark MLlib's implicit ALS does). Each half-step solves every
 * user's (or item's) normal equations approximately with a few conjugate-gradient steps warm-started from the
 * previous factors (Takács, Pilászy &amp; Tikk 2011, "Applications of the conjugate gradient method for implicit
 * feedback collaborative filtering"), as the {@code implicit} library does.
 *
 * <p>Users (items) are solved in parallel on a fixed-size pool. Each row's update reads only the other side's
 * factors, so the result depends on the seed alone, not on the number of threads.
 */
public final class ImplicitAls implements Recommender {

    /** Rows per task handed to the pool. */
    private static final int BLOCK = 256;

    /**
     * @param factors    latent dimensions
     * @param lambda     L2 regularisation λ
     * @param alpha      confidence scale α in {@code c = 1 + α r}
     * @param iterations alternating sweeps (users then items)
     * @param cgSteps    conjugate-gradient steps per row and sweep
     * @param threads    size of the worker pool
     * @param seed       seed of the random initial factors
     * @param regularization how λ weighs on a row
     */
    public record Config(int factors, double lambda, double alpha, int iterations, int cgSteps, int threads, long seed,
            Regularization regularization) {

        public Config {
            if (factors < 1) {
                throw new IllegalArgumentException("factors: must be at least 1, was " + factors);
            }
            if (!(lambda >= 0) || Double.isInfinite(lambda)) {
                throw new IllegalArgumentException("lambda: must be finite and non-negative, was " + lambda);
            }
            if (!(alpha > 0) || Double.isInfinite(alpha)) {
                throw new IllegalArgumentException("alpha: must be positive and finite, was " + alpha);
            }
            if (iterations < 1) {
                throw new IllegalArgumentException("iterations: must be at least 1, was " + iterations);
            }
            if (cgSteps < 1) {
                throw new IllegalArgumentException("cgSteps: must be at least 1, was " + cgSteps);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads: must be at least 1, was " + threads);
            }
            if (regularization == null) {
                throw new IllegalArgumentException("regularization: must not be null");
            }
        }

        /** With the same λ on every row. */
        public Config(int factors, double lambda, double alpha, int iterations, int cgSteps, int threads, long seed) {
            this(factors, lambda, alpha, iterations, cgSteps, threads, seed, Regularization.CONSTANT);
        }

        /**
         * 64 factors, λ = {@value ImplicitAls#DEFAULT_LAMBDA}, α = {@value ImplicitAls#DEFAULT_ALPHA}, 15 sweeps and
         * 3 CG steps (the {@code implicit} library's defaults), one thread per core.
         */
        public static Config defaults(long seed) {
            return new Config(64, DEFAULT_LAMBDA, DEFAULT_ALPHA, 15, 3, Runtime.getRuntime().availableProcessors(), seed);
        }

        public Config withFactors(int newFactors) {
            return new Config(newFactors, lambda, alpha, iterations, cgSteps, threads, seed, regularization);
        }

        public Config withLambda(double newLambda) {
            return new Config(factors, newLambda, alpha, iterations, cgSteps, threads, seed, regularization);
        }

        public Config withAlpha(double newAlpha) {
            return new Config(factors, lambda, newAlpha, iterations, cgSteps, threads, seed, regularization);
        }

        public Config withIterations(int newIterations) {
            return new Config(factors, lambda, alpha, newIterations, cgSteps, threads, seed, regularization);
        }

        public Config withThreads(int newThreads) {
            return new Config(factors, lambda, alpha, iterations, cgSteps, newThreads, seed, regularization);
        }

        public Config withRegularization(Regularization newRegularization) {
            return new Config(factors, lambda, alpha, iterations, cgSteps, threads, seed, newRegularization);
        }
    }

    /** How λ weighs on a row's factor. */
    public enum Regularization {
        /** {@code λ‖x_u‖²} on every row, as Hu et al. and the {@code implicit} library. */
        CONSTANT,
        /** {@code λ n_u ‖x_u‖²} with {@code n_u} the row's number of cells (ALS-WR), as Spark MLlib. */
        PER_CELL
    }

    /**
     * Default λ. With binary feedback and {@link #DEFAULT_ALPHA} it was the best or near best of 0.01 to 30 on two
     * differently shaped synthetic data sets; select it on held-out training data for a new data set.
     */
    public static final double DEFAULT_LAMBDA = 10.0;

    /**
     * Default α, as in the {@code implicit} library: an observed cell weighs {@code 1 + r} times an unobserved one.
     * Hu et al.'s α = 40 suits their view-time counts; on binary feedback it overfits.
     */
    public static final double DEFAULT_ALPHA = 1.0;

    private final Config config;

    public ImplicitAls(Config config) {
        if (config == null) {
            throw new IllegalArgumentException("config: must not be null");
        }
        this.config = config;
    }

    public ImplicitAls(long seed) {
        this(Config.defaults(seed));
    }

    public Config config() {
        return config;
    }

    @Override
    public String name() {
        return "als";
    }

    @Override
    public FactorModel fit(InteractionMatrix interactions) {
        return fit(interactions, null);
    }

    /** Trains and reports each sweep's wall time in nanoseconds to {@code sweepTimes} when not null. */
    public FactorModel fit(InteractionMatrix interactions, long[] sweepTimes) {
        int f = config.factors();
        int users = interactions.userCount();
        int items = interactions.itemCount();
        SplittableRandom random = new SplittableRandom(config.seed());
        double scale = 0.01;
        double[] x = new double[users * f];
        double[] y = new double[items * f];
        for (int k = 0; k < x.length; k++) {
            x[k] = random.nextDouble() * scale;
        }
        for (int k = 0; k < y.length; k++) {
            y[k] = random.nextDouble() * scale;
        }
        InteractionMatrix byItem = interactions.transposed();
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), runnable -> {
            Thread thread = new Thread(runnable, "implicit-als");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int it = 0; it < config.iterations(); it++) {
                long start = System.nanoTime();
                sweep(pool, interactions, x, y, users, items);
                sweep(pool, byItem, y, x, items, users);
                if (sweepTimes != null && it < sweepTimes.length) {
                    sweepTimes[it] = System.nanoTime() - start;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new FactorModel(interactions, x, y, f);
    }

    /** Updates every row factor of {@code rowFactors} given the fixed {@code columnFactors}. */
    private void sweep(ExecutorService pool, InteractionMatrix matrix, double[] rowFactors, double[] columnFactors,
            int rows, int columns) {
        int f = config.factors();
        boolean perCell = config.regularization() == Regularization.PER_CELL;
        double[] gram = Gram.plusRidge(columnFactors, columns, f, perCell ? 0 : config.lambda());
        List<Future<?>> tasks = new ArrayList<>();
        for (int from = 0; from < rows; from += BLOCK) {
            int begin = from;
            int end = Math.min(rows, from + BLOCK);
            tasks.add(pool.submit(() -> {
                Workspace work = new Workspace(f);
                for (int row = begin; row < end; row++) {
                    conjugateGradient(matrix, row, rowFactors, columnFactors, gram, work);
                }
            }));
        }
        for (Future<?> task : tasks) {
            try {
                task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("ALS training was interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("ALS training failed", e.getCause());
            }
        }
    }

    /**
     * A few CG steps on {@code (YᵀY + λI + Σ_i (c_ui − 1) y_i y_iᵀ) x_u = Σ_i c_ui y_i}, never forming the matrix:
     * the sum runs over the row's stored cells only. {@code gram} holds {@code YᵀY} plus the constant λ; a per-cell
     * λ is added here.
     */
    private void conjugateGradient(InteractionMatrix matrix, int row, double[] rowFactors, double[] columnFactors,
            double[] gram, Workspace work) {
        int f = config.factors();
        double[] r = work.r;
        double[] p = work.p;
        double[] ap = work.ap;
        int xBase = row * f;
        int start = matrix.rowStart(row);
        int end = matrix.rowEnd(row);
        double ridge = config.regularization() == Regularization.PER_CELL ? config.lambda() * (end - start) : 0;
        // r = b − A x = Σ_i c_i y_i − (YᵀY + λI) x − Σ_i (c_i − 1)(y_i·x) y_i
        multiply(gram, ridge, rowFactors, xBase, r, work.dots, f);
        for (int a = 0; a < f; a++) {
            r[a] = -r[a];
        }
        addCells(matrix, start, end, columnFactors, rowFactors, xBase, r, true, work.dots, f);
        System.arraycopy(r, 0, p, 0, f);
        double rsOld = DenseVectors.dot(r, 0, r, 0, f);
        if (rsOld < 1e-20) {
            return;
        }
        for (int step = 0; step < config.cgSteps(); step++) {
            multiply(gram, ridge, p, 0, ap, work.dots, f);
            addCells(matrix, start, end, columnFactors, p, 0, ap, false, work.dots, f);
            double stepSize = rsOld / DenseVectors.dot(p, 0, ap, 0, f);
            for (int a = 0; a < f; a++) {
                rowFactors[xBase + a] += stepSize * p[a];
                r[a] -= stepSize * ap[a];
            }
            double rsNew = DenseVectors.dot(r, 0, r, 0, f);
            if (rsNew < 1e-20) {
                break;
            }
            double beta = rsNew / rsOld;
            for (int a = 0; a < f; a++) {
                p[a] = r[a] + beta * p[a];
            }
            rsOld = rsNew;
        }
    }

    /**
     * Adds the row's cells to {@code out}: {@code Σ_i (c_i − 1)(y_i·v) y_i}, or for the residual
     * {@code Σ_i (c_i − (c_i − 1)(y_i·v)) y_i}. Cells go four at a time, so each load of {@code v} and of
     * {@code out} serves four item factors.
     */
    private void addCells(InteractionMatrix matrix, int start, int end, double[] columnFactors, double[] v,
            int vOffset, double[] out, boolean residual, double[] dots, int f) {
        double alpha = config.alpha();
        int q = start;
        for (; q + 3 < end; q += 4) {
            int y0 = matrix.itemAt(q) * f;
            int y1 = matrix.itemAt(q + 1) * f;
            int y2 = matrix.itemAt(q + 2) * f;
            int y3 = matrix.itemAt(q + 3) * f;
            DenseVectors.dot4(columnFactors, y0, y1, y2, y3, v, vOffset, f, dots);
            double w0 = weight(alpha * matrix.valueAt(q), dots[0], residual);
            double w1 = weight(alpha * matrix.valueAt(q + 1), dots[1], residual);
            double w2 = weight(alpha * matrix.valueAt(q + 2), dots[2], residual);
            double w3 = weight(alpha * matrix.valueAt(q + 3), dots[3], residual);
            for (int a = 0; a < f; a++) {
                out[a] += w0 * columnFactors[y0 + a] + w1 * columnFactors[y1 + a] + w2 * columnFactors[y2 + a]
                        + w3 * columnFactors[y3 + a];
            }
        }
        for (; q < end; q++) {
            int y = matrix.itemAt(q) * f;
            double w = weight(alpha * matrix.valueAt(q), DenseVectors.dot(columnFactors, y, v, vOffset, f), residual);
            for (int a = 0; a < f; a++) {
                out[a] += w * columnFactors[y + a];
            }
        }
    }

    /** A cell's weight given {@code c − 1 = αr} and {@code y·v}. */
    private static double weight(double extraConfidence, double yv, boolean residual) {
        return residual ? 1 + extraConfidence - extraConfidence * yv : extraConfidence * yv;
    }

    /** {@code out = (M + ridge I) v} for the symmetric {@code M}, four rows at a time. */
    private static void multiply(double[] matrix, double ridge, double[] vector, int offset, double[] out,
            double[] dots, int f) {
        int a = 0;
        for (; a + 3 < f; a += 4) {
            DenseVectors.dot4(matrix, a * f, (a + 1) * f, (a + 2) * f, (a + 3) * f, vector, offset, f, dots);
            for (int k = 0; k < 4; k++) {
                out[a + k] = dots[k] + ridge * vector[offset + a + k];
            }
        }
        for (; a < f; a++) {
            out[a] = DenseVectors.dot(matrix, a * f, vector, offset, f) + ridge * vector[offset + a];
        }
    }

    /** One worker's vectors: the CG residual, direction and product, and four dot products. */
    private static final class Workspace {

        final double[] r;
        final double[] p;
        final double[] ap;
        final double[] dots = new double[4];

        Workspace(int f) {
            r = new double[f];
            p = new double[f];
            ap = new double[f];
        }
    }
}
