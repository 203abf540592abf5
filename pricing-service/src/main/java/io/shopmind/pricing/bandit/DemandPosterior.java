package io.shopmind.pricing.bandit;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The posterior of the demand at each price of a grid, conjugate to its likelihood: Beta for a purchase
 * probability (Bernoulli demand), Gamma for a rate of units per period (Poisson demand). Mutable: one experiment
 * updates its own posterior period by period.
 */
public sealed interface DemandPosterior {

    int arms();

    /** One draw of the mean demand at every price. */
    double[] sample(RandomGenerator random);

    /** The posterior mean demand at each price. */
    double[] mean();

    /** Adds one period's observed demand at price {@code arm}. */
    void observe(int arm, double demand);

    /** The parameters per price, {first, second}: (&alpha;, &beta;) or (shape, rate), to store and restore. */
    double[][] parameters();

    /** Beta(&alpha;, &beta;) per price, from a Beta(1, 1) (uniform) prior; demand 0 or 1 per period. */
    final class Bernoulli implements DemandPosterior {

        final double[] alpha;
        final double[] beta;

        public Bernoulli(int arms) {
            this(filled(arms, 1), filled(arms, 1));
        }

        public Bernoulli(double[] alpha, double[] beta) {
            this.alpha = alpha.clone();
            this.beta = beta.clone();
        }

        @Override
        public int arms() {
            return alpha.length;
        }

        @Override
        public double[] sample(RandomGenerator random) {
            double[] theta = new double[alpha.length];
            for (int k = 0; k < theta.length; k++) {
                theta[k] = new BetaDistribution(random, alpha[k], beta[k]).sample();
            }
            return theta;
        }

        @Override
        public double[] mean() {
            double[] mean = new double[alpha.length];
            for (int k = 0; k < mean.length; k++) {
                mean[k] = alpha[k] / (alpha[k] + beta[k]);
            }
            return mean;
        }

        @Override
        public void observe(int arm, double demand) {
            if (demand != 0 && demand != 1) {
                throw new IllegalArgumentException("Bernoulli demand is 0 or 1, got " + demand);
            }
            alpha[arm] += demand;
            beta[arm] += 1 - demand;
        }

        /** Adds {@code successes} purchases out of {@code trials} visits at price {@code arm}. */
        public void observe(int arm, double successes, double trials) {
            if (!(successes >= 0) || !(trials >= successes)) {
                throw new IllegalArgumentException("need 0 <= successes <= trials");
            }
            alpha[arm] += successes;
            beta[arm] += trials - successes;
        }

        @Override
        public double[][] parameters() {
            return new double[][] {alpha.clone(), beta.clone()};
        }
    }

    /**
     * Gamma(shape, rate) per price, from a weak Gamma(1, 0.1) prior (mean 10 units a period, spread wide); demand
     * any count per period.
     */
    final class Poisson implements DemandPosterior {

        final double[] shape;
        final double[] rate;

        public Poisson(int arms) {
            this(filled(arms, 1), filled(arms, 0.1));
        }

        public Poisson(double[] shape, double[] rate) {
            this.shape = shape.clone();
            this.rate = rate.clone();
        }

        @Override
        public int arms() {
            return shape.length;
        }

        @Override
        public double[] sample(RandomGenerator random) {
            double[] lambda = new double[shape.length];
            for (int k = 0; k < lambda.length; k++) {
                lambda[k] = new GammaDistribution(random, shape[k], 1 / rate[k]).sample();
            }
            return lambda;
        }

        @Override
        public double[] mean() {
            double[] mean = new double[shape.length];
            for (int k = 0; k < mean.length; k++) {
                mean[k] = shape[k] / rate[k];
            }
            return mean;
        }

        @Override
        public void observe(int arm, double demand) {
            if (!(demand >= 0) || demand != Math.rint(demand)) {
                throw new IllegalArgumentException("Poisson demand is a count, got " + demand);
            }
            shape[arm] += demand;
            rate[arm] += 1;
        }

        @Override
        public double[][] parameters() {
            return new double[][] {shape.clone(), rate.clone()};
        }
    }

    private static double[] filled(int n, double value) {
        double[] array = new double[n];
        java.util.Arrays.fill(array, value);
        return array;
    }
}
