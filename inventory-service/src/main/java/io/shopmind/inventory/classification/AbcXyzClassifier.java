package io.shopmind.inventory.classification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ABC classification by Pareto share of consumption value and XYZ classification by coefficient of
 * variation of per-period demand (Silver, Pyke &amp; Thomas, <i>Inventory and Production Management in
 * Supply Chains</i>, 4th ed., Chapter 2, the Distribution-by-Value analysis; the XYZ split follows
 * common practice with CV thresholds).
 *
 * <p>SKUs are sorted by value, descending; a SKU is A while the cumulative share before it is
 * below {@code aShare}, B while below {@code bShare}, otherwise C. So the SKU that crosses the A
 * threshold is still A, and the top SKU is always A.
 */
public final class AbcXyzClassifier {

    public enum Abc { A, B, C }

    public enum Xyz { X, Y, Z }

    /** One SKU's demand per period and unit value. */
    public record SkuDemand(String sku, double[] demand, double unitValue) {
        public SkuDemand {
            if (sku == null || sku.isBlank()) {
                throw new IllegalArgumentException("sku must be non-blank");
            }
            if (demand == null || demand.length == 0) {
                throw new IllegalArgumentException("demand must be non-empty for sku " + sku);
            }
            for (double d : demand) {
                if (!(d >= 0) || Double.isInfinite(d)) {
                    throw new IllegalArgumentException("demand must be non-negative and finite for sku " + sku);
                }
            }
            if (!(unitValue >= 0) || Double.isInfinite(unitValue)) {
                throw new IllegalArgumentException("unitValue must be non-negative and finite for sku " + sku);
            }
            demand = demand.clone();
        }

        @Override
        public double[] demand() {
            return demand.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SkuDemand s && s.sku.equals(sku) && s.unitValue == unitValue
                    && Arrays.equals(s.demand, demand);
        }

        @Override
        public int hashCode() {
            return sku.hashCode() * 31 + Arrays.hashCode(demand);
        }

        @Override
        public String toString() {
            return "SkuDemand[" + sku + ", periods=" + demand.length + ", unitValue=" + unitValue + "]";
        }
    }

    /** Classes and the figures behind them. */
    public record Classification(String sku, Abc abc, Xyz xyz, double value, double valueShare,
                                double cumulativeShare, double coefficientOfVariation) {
        public String label() {
            return abc.name() + xyz.name();
        }
    }

    private final double aShare;
    private final double bShare;
    private final double xMaxCv;
    private final double yMaxCv;

    /** Thresholds 80 % / 95 % value share and CV 0.5 / 1.0. */
    public AbcXyzClassifier() {
        this(0.80, 0.95, 0.5, 1.0);
    }

    public AbcXyzClassifier(double aShare, double bShare, double xMaxCv, double yMaxCv) {
        if (!(aShare > 0 && aShare < bShare && bShare <= 1)) {
            throw new IllegalArgumentException("aShare and bShare must satisfy 0 < aShare < bShare <= 1");
        }
        if (!(xMaxCv > 0 && xMaxCv < yMaxCv) || Double.isInfinite(yMaxCv)) {
            throw new IllegalArgumentException("xMaxCv and yMaxCv must satisfy 0 < xMaxCv < yMaxCv < infinity");
        }
        this.aShare = aShare;
        this.bShare = bShare;
        this.xMaxCv = xMaxCv;
        this.yMaxCv = yMaxCv;
    }

    /** Classes in input order. */
    public List<Classification> classify(List<SkuDemand> skus) {
        int n = skus.size();
        double[] value = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            SkuDemand s = skus.get(i);
            double sum = 0;
            for (double d : s.demand) {
                sum += d;
            }
            value[i] = sum * s.unitValue();
            total += value[i];
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // ties broken by SKU id so the result does not depend on input order
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -value[i]).thenComparing(i -> skus.get(i).sku()));
        Map<Integer, Classification> byIndex = new LinkedHashMap<>();
        double cumulative = 0;
        for (int rank = 0; rank < n; rank++) {
            int i = order[rank];
            double share = total > 0 ? value[i] / total : 0;
            Abc abc;
            if (total == 0) {
                abc = Abc.C;
            } else if (cumulative < aShare) {
                abc = Abc.A;
            } else if (cumulative < bShare) {
                abc = Abc.B;
            } else {
                abc = Abc.C;
            }
            cumulative += share;
            double cv = coefficientOfVariation(skus.get(i).demand);
            Xyz xyz = cv <= xMaxCv ? Xyz.X : cv <= yMaxCv ? Xyz.Y : Xyz.Z;
            byIndex.put(i, new Classification(skus.get(i).sku(), abc, xyz, value[i], share, cumulative, cv));
        }
        List<Classification> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            result.add(byIndex.get(i));
        }
        return result;
    }

    /** Sample standard deviation over mean; infinite for a SKU that never sold. */
    static double coefficientOfVariation(double[] demand) {
        int n = demand.length;
        double mean = 0;
        for (double d : demand) {
            mean += d;
        }
        mean /= n;
        if (mean == 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (n == 1) {
            return 0;
        }
        double ss = 0;
        for (double d : demand) {
            ss += (d - mean) * (d - mean);
        }
        return Math.sqrt(ss / (n - 1)) / mean;
    }
}
