package io.shopmind.forecast.leadtime;

import org.apache.commons.math3.special.Erf;

/**
 * Demand over a lead time: its mean and its quantiles at {@link CumulativeDemand#probabilities()}.
 *
 * @param extrapolated whether some of the lead time lies past the forecast's horizon, where the last period's
 *                     increment is carried on
 */
public record LeadTimeDistribution(double mean, double[] quantiles, boolean extrapolated) {

    /** Equiprobable lead-time nodes for the mixture; 21 keep the mixture's quantiles within 0.5 % of 201. */
    private static final int NODES = 21;
    /** Points of the mixture's distribution function, between its smallest and largest quantile. */
    private static final int GRID = 400;

    static LeadTimeDistribution of(CumulativeDemand demand, double leadTimeMean, double leadTimeSd) {
        if (!(leadTimeMean >= 0) || !(leadTimeSd >= 0) || Double.isInfinite(leadTimeMean + leadTimeSd)) {
            throw new IllegalArgumentException("lead time mean and sd must be non-negative and finite");
        }
        int k = CumulativeDemand.PROBABILITIES.length;
        if (leadTimeSd == 0) {
            return new LeadTimeDistribution(demand.meanAt(leadTimeMean), demand.quantilesAt(leadTimeMean,
                    new double[k]), leadTimeMean > demand.horizon());
        }
        double[][] nodeQuantiles = new double[NODES][k];
        double mean = 0;
        double lowest = Double.POSITIVE_INFINITY;
        double highest = 0;
        boolean extrapolated = false;
        for (int i = 0; i < NODES; i++) {
            double z = Erf.erfInv(2 * (i + 0.5) / NODES - 1) * Math.sqrt(2);
            double l = Math.max(0, leadTimeMean + leadTimeSd * z);
            extrapolated |= l > demand.horizon();
            mean += demand.meanAt(l) / NODES;
            demand.quantilesAt(l, nodeQuantiles[i]);
            lowest = Math.min(lowest, nodeQuantiles[i][0]);
            highest = Math.max(highest, nodeQuantiles[i][k - 1]);
        }
        // the mixture's distribution function on a grid, then inverted at each probability
        double[] x = new double[GRID + 1];
        double[] cdf = new double[GRID + 1];
        for (int g = 0; g <= GRID; g++) {
            x[g] = lowest + (highest - lowest) * g / GRID;
            double sum = 0;
            for (double[] q : nodeQuantiles) {
                sum += cdf(q, x[g]);
            }
            cdf[g] = sum / NODES;
        }
        double[] quantiles = new double[k];
        for (int j = 0; j < k; j++) {
            quantiles[j] = inverse(x, cdf, CumulativeDemand.PROBABILITIES[j]);
        }
        return new LeadTimeDistribution(mean, quantiles, extrapolated);
    }

    /** P(D &le; x) from quantiles, linear in the normal score between them (exact for a normal D). */
    private static double cdf(double[] q, double x) {
        double[] p = CumulativeDemand.PROBABILITIES;
        if (x < q[0]) {
            return 0;
        }
        if (x >= q[q.length - 1]) {
            return 1;
        }
        int j = 0;
        while (q[j + 1] <= x) {
            j++;
        }
        double width = q[j + 1] - q[j];
        if (width <= 0) {
            return p[j + 1];
        }
        double z = CumulativeDemand.SCORES[j]
                + (x - q[j]) / width * (CumulativeDemand.SCORES[j + 1] - CumulativeDemand.SCORES[j]);
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }

    private static double inverse(double[] x, double[] cdf, double p) {
        for (int g = 1; g < x.length; g++) {
            if (cdf[g] >= p) {
                double rise = cdf[g] - cdf[g - 1];
                return rise <= 0 ? x[g] : x[g - 1] + (p - cdf[g - 1]) / rise * (x[g] - x[g - 1]);
            }
        }
        return x[x.length - 1];
    }

    /** The quantile at probability {@code p}, linear in the normal score between the kept ones. */
    public double quantile(double p) {
        if (!(p >= CumulativeDemand.PROBABILITIES[0] && p <= CumulativeDemand.PROBABILITIES[quantiles.length - 1])) {
            throw new IllegalArgumentException("p must lie within the kept probabilities, was " + p);
        }
        double z = Math.sqrt(2) * Erf.erfInv(2 * p - 1);
        int j = 0;
        while (j < quantiles.length - 2 && CumulativeDemand.SCORES[j + 1] < z) {
            j++;
        }
        double share = (z - CumulativeDemand.SCORES[j]) / (CumulativeDemand.SCORES[j + 1] - CumulativeDemand.SCORES[j]);
        return quantiles[j] + share * (quantiles[j + 1] - quantiles[j]);
    }
}
