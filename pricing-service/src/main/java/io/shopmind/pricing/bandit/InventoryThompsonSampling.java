package io.shopmind.pricing.bandit;

import org.apache.commons.math3.random.RandomGenerator;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.linear.LinearSolver;

/**
 * Thompson sampling with an inventory constraint (Ferreira, Simchi-Levi &amp; Wang, "Online Network Revenue
 * Management Using Thompson Sampling", <i>Operations Research</i> 66(6), 2018, Algorithms 1 and 2, one product): each
 * period draw &theta; from the posterior, solve
 * <pre>
 *   max &Sigma;<sub>k</sub> p<sub>k</sub> &theta;<sub>k</sub> x<sub>k</sub>  s.t.  &Sigma;<sub>k</sub> &theta;<sub>k</sub> x<sub>k</sub> &le; c,  &Sigma;<sub>k</sub> x<sub>k</sub> &le; 1,  x &ge; 0
 * </pre>
 * and offer price k with probability x<sub>k</sub> (no offer with 1 &minus; &Sigma;x). TS-fixed uses c = I / T, the
 * initial stock per period; TS-update uses c = I<sub>t</sub> / (T &minus; t + 1), what is left per period left.
 * The LP is solved with ojAlgo.
 */
public final class InventoryThompsonSampling implements PricingPolicy {

    /** How the per-period stock rate c is set. */
    public enum Variant { FIXED, UPDATE }

    private final Variant variant;
    private final double fixedRate;

    /**
     * @param initialInventory I, for TS-fixed's rate
     * @param horizon          T, for TS-fixed's rate
     */
    public InventoryThompsonSampling(Variant variant, double initialInventory, int horizon) {
        this.variant = variant;
        this.fixedRate = initialInventory / horizon;
    }

    @Override
    public Choice choose(DemandPosterior posterior, double[] prices, double inventory, int periods,
            RandomGenerator random) {
        if (inventory <= 0) {
            return new Choice(NO_OFFER, 1);
        }
        double[] theta = posterior.sample(random);
        double[] x = solve(prices, theta, rate(inventory, periods));
        double u = random.nextDouble();
        double cumulative = 0;
        for (int k = 0; k < x.length; k++) {
            cumulative += x[k];
            if (u < cumulative) {
                return new Choice(k, x[k]);
            }
        }
        return new Choice(NO_OFFER, Math.max(0, 1 - cumulative));
    }

    /** The LP's stock rate c this period. */
    double rate(double inventory, int periods) {
        return variant == Variant.FIXED ? fixedRate : inventory / Math.max(1, periods);
    }

    /** The LP's optimal offer probabilities for demand {@code theta} and stock rate {@code rate}. */
    public static double[] solve(double[] prices, double[] theta, double rate) {
        int arms = prices.length;
        double[] revenue = new double[arms];
        double[] ones = new double[arms];
        for (int k = 0; k < arms; k++) {
            // the solver minimises
            revenue[k] = -prices[k] * theta[k];
            ones[k] = 1;
        }
        // ojAlgo's simplex builder directly: a quarter of the cost of an ExpressionsBasedModel for this tiny LP,
        // which runs once a period
        Optimisation.Result result = LinearSolver.newBuilder().objective(revenue).inequality(rate, theta)
                .inequality(1, ones).lower(0).upper(1).build().solve();
        double[] probabilities = new double[arms];
        if (!result.getState().isFeasible()) {
            return probabilities;
        }
        for (int k = 0; k < arms; k++) {
            probabilities[k] = Math.max(0, Math.min(1, result.doubleValue(k)));
        }
        return probabilities;
    }

    /** The LP's value per period when the demand is known: the revenue bound an oracle policy earns. */
    public static double oracleRevenuePerPeriod(double[] prices, double[] theta, double rate) {
        double[] x = solve(prices, theta, rate);
        double revenue = 0;
        for (int k = 0; k < prices.length; k++) {
            revenue += prices[k] * theta[k] * x[k];
        }
        return revenue;
    }
}
