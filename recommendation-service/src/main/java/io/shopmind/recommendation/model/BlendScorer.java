package io.shopmind.recommendation.model;

import java.util.List;

/**
 * A weighted blend of other families' scorers: each part's scores are standardised over the catalogue (zero mean,
 * unit variance), so parts on different scales add up as the weights say, then summed with the weights. Explanations
 * and similar items come from the part with the largest weight.
 */
public final class BlendScorer implements Scorer {

    private final List<Scorer> parts;
    private final double[] weights;
    private final int leading;

    public BlendScorer(List<Scorer> parts, double[] weights) {
        if (parts.isEmpty() || parts.size() != weights.length) {
            throw new IllegalArgumentException("weights: one weight per part is required");
        }
        int n = parts.get(0).itemCount();
        int leading = 0;
        for (int p = 0; p < weights.length; p++) {
            if (parts.get(p) instanceof BlendScorer || parts.get(p).itemCount() != n) {
                throw new IllegalArgumentException("parts: a blend holds other families over one item index");
            }
            if (!(weights[p] >= 0) || Double.isInfinite(weights[p])) {
                throw new IllegalArgumentException("weights: must be finite and non-negative, was " + weights[p]);
            }
            if (weights[p] > weights[leading]) {
                leading = p;
            }
        }
        this.parts = List.copyOf(parts);
        this.weights = weights.clone();
        this.leading = leading;
    }

    @Override
    public int itemCount() {
        return parts.get(0).itemCount();
    }

    @Override
    public boolean personal() {
        return parts.stream().anyMatch(Scorer::personal);
    }

    @Override
    public void score(Profile profile, double[] scores) {
        int n = itemCount();
        java.util.Arrays.fill(scores, 0, n, 0.0);
        double[] part = new double[n];
        for (int p = 0; p < parts.size(); p++) {
            if (weights[p] == 0) {
                continue;
            }
            parts.get(p).score(profile, part);
            addStandardised(part, n, weights[p], scores);
        }
    }

    /** Adds {@code weight · (x − mean) / sd} to {@code into}; a constant part adds nothing. */
    public static void addStandardised(double[] x, int n, double weight, double[] into) {
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += x[i];
        }
        mean /= n;
        double variance = 0;
        for (int i = 0; i < n; i++) {
            double d = x[i] - mean;
            variance += d * d;
        }
        double sd = Math.sqrt(variance / n);
        if (!(sd > 0)) {
            return;
        }
        double scale = weight / sd;
        for (int i = 0; i < n; i++) {
            into[i] += scale * (x[i] - mean);
        }
    }

    @Override
    public double similarity(int i, int j) {
        return parts.get(leading).similarity(i, j);
    }

    @Override
    public RankedItems similar(int item, int k) {
        return parts.get(leading).similar(item, k);
    }

    public List<Scorer> parts() {
        return parts;
    }

    public double[] weights() {
        return weights.clone();
    }
}
