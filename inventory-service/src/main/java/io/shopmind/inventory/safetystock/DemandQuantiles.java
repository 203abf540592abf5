package io.shopmind.inventory.safetystock;

import io.shopmind.inventory.newsvendor.StandardNormal;

/**
 * Lead-time demand as the forecast model gives it: its mean and quantiles at ascending probabilities, read between
 * them linearly in the normal score z = &Phi;<sup>&minus;1</sup>(p), so a normal distribution is reproduced exactly
 * and a skewed one keeps its shape. The reorder point at cycle service level &alpha; is the quantile at &alpha;
 * (Silver, Pyke &amp; Thomas, 4th ed., section 6.7: P(lead-time demand &le; r) = &alpha;), with no normal assumption
 * and no sum of per-period variances.
 *
 * @param method how the forecast obtained the distribution (e.g. {@code arima-exact})
 */
public record DemandQuantiles(double mean, double[] probabilities, double[] quantiles, String method) {

    public DemandQuantiles {
        if (!(mean >= 0) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("mean must be non-negative and finite, was " + mean);
        }
        if (probabilities == null || quantiles == null || probabilities.length < 2
                || probabilities.length != quantiles.length) {
            throw new IllegalArgumentException("at least two probabilities, one quantile each");
        }
        probabilities = probabilities.clone();
        quantiles = quantiles.clone();
        for (int k = 0; k < probabilities.length; k++) {
            if (!(probabilities[k] > 0 && probabilities[k] < 1) || !Double.isFinite(quantiles[k])
                    || (k > 0 && !(probabilities[k] > probabilities[k - 1] && quantiles[k] >= quantiles[k - 1]))) {
                throw new IllegalArgumentException("probabilities must ascend in (0, 1), quantiles with them");
            }
        }
    }

    /** The demand not exceeded with probability {@code p}; beyond the outermost quantiles, their slope in z. */
    public double quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be in (0, 1), was " + p);
        }
        double z = StandardNormal.inverseCdf(p);
        int j = 0;
        while (j < probabilities.length - 2 && StandardNormal.inverseCdf(probabilities[j + 1]) < z) {
            j++;
        }
        double z0 = StandardNormal.inverseCdf(probabilities[j]);
        double z1 = StandardNormal.inverseCdf(probabilities[j + 1]);
        return Math.max(0, quantiles[j] + (z - z0) / (z1 - z0) * (quantiles[j + 1] - quantiles[j]));
    }

    /** Reorder point and safety stock for a cycle service level, from the quantile rather than &mu; + z&sigma;. */
    public SafetyStock.Result forCycleServiceLevel(double cycleServiceLevel) {
        double reorderPoint = quantile(cycleServiceLevel);
        double spread = spread();
        double z = spread > 0 ? (reorderPoint - mean) / spread : 0;
        return new SafetyStock.Result(reorderPoint - mean, reorderPoint, z, cycleServiceLevel, Double.NaN);
    }

    /** Half the width of the central 68.3 % (&plusmn;1&sigma; for a normal distribution): the spread shown. */
    public double spread() {
        return Math.max(0, (quantile(StandardNormal.cdf(1)) - quantile(StandardNormal.cdf(-1))) / 2);
    }

    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    @Override
    public double[] quantiles() {
        return quantiles.clone();
    }
}
