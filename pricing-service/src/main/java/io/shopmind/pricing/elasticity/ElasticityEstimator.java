package io.shopmind.pricing.elasticity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.glm.GLM;
import smile.glm.model.Poisson;
import smile.regression.LinearModel;
import smile.regression.OLS;

/**
 * A SKU's own-price elasticity from its sales history (Phillips, <i>Pricing and Revenue Optimization</i>, 2nd ed.,
 * &sect;3.5, constant-elasticity demand estimated on logs):
 * <pre>
 *   log q<sub>t</sub> = a + &epsilon; log p<sub>t</sub> + &beta; t + &Sigma; weekday + (sin, cos of the year) + &gamma; promo<sub>t</sub>
 *                 + &eta; log p&#772;<sub>&minus;i,t</sub> + e<sub>t</sub>
 * </pre>
 * by OLS when sales are high enough for logs, and as a Poisson GLM with log link (log E[q<sub>t</sub>] = the same
 * right-hand side) when counts are low or often zero, with a quasi-Poisson dispersion correction of the standard
 * errors (McCullagh &amp; Nelder, <i>Generalized Linear Models</i>, &sect;6.2) since sales are over-dispersed. Both
 * fits are Smile's. p&#772;<sub>&minus;i</sub> is the mean price of the category's other SKUs that day; its
 * coefficient &eta; is the cross-price elasticity, reported when significant at 5 %. Controls enter only when the
 * history can carry them (weekdays from two weeks of daily data, the year from a year, promotion when it varies).
 */
public final class ElasticityEstimator {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private final Settings settings;

    public ElasticityEstimator(Settings settings) {
        this.settings = settings;
    }

    /**
     * @param minObservations periods with a positive price needed for an own fit
     * @param minLogPriceSd   the spread of log prices below which prices "barely vary" and carry no information
     * @param lowCountMean    mean units per period below which the Poisson GLM is used instead of logs (it is used
     *                        whenever a period sold nothing, too, since logs cannot take zeros)
     */
    public record Settings(int minObservations, double minLogPriceSd, double lowCountMean) {

        public static Settings defaults() {
            return new Settings(28, 0.01, 5);
        }
    }

    /** Every SKU's own fit, then shrinkage within each category. */
    public List<ElasticityEstimate> estimate(List<SkuSales> skus) {
        Map<String, List<SkuSales>> byCategory = new HashMap<>();
        for (SkuSales sku : skus) {
            byCategory.computeIfAbsent(sku.category() == null ? "" : sku.category(), c -> new ArrayList<>()).add(sku);
        }
        List<ElasticityEstimate> estimates = new ArrayList<>(skus.size());
        Map<String, ElasticityEstimate> bySku = new HashMap<>();
        for (List<SkuSales> category : byCategory.values()) {
            List<OwnFit> fits = new ArrayList<>(category.size());
            for (SkuSales sku : category) {
                fits.add(fit(sku, othersMeanLogPrice(sku, category)));
            }
            for (ElasticityEstimate estimate : CategoryShrinkage.shrink(category, fits)) {
                bySku.put(estimate.sku(), estimate);
            }
        }
        for (SkuSales sku : skus) {
            estimates.add(bySku.get(sku.sku()));
        }
        return estimates;
    }

    /** The SKU's own fit; {@code crossLogPrice} (the others' mean log price per period) may be null. */
    public OwnFit fit(SkuSales sales, double[] crossLogPrice) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < sales.size(); i++) {
            if (sales.price()[i] > 0 && Double.isFinite(sales.price()[i]) && sales.units()[i] >= 0
                    && Double.isFinite(sales.units()[i])) {
                rows.add(i);
            }
        }
        int n = rows.size();
        if (n < settings.minObservations()) {
            return new OwnFit.Unsupported(n + " periods with a price; at least " + settings.minObservations()
                    + " are needed", n);
        }
        double[] logPrice = new double[n];
        double zeros = 0;
        double total = 0;
        for (int r = 0; r < n; r++) {
            int i = rows.get(r);
            logPrice[r] = Math.log(sales.price()[i]);
            zeros += sales.units()[i] == 0 ? 1 : 0;
            total += sales.units()[i];
        }
        double spread = sd(logPrice);
        if (spread < settings.minLogPriceSd()) {
            return new OwnFit.Unsupported(String.format(java.util.Locale.ROOT, "prices barely vary (sd of log price "
                    + "%.4f, below %.4f)", spread, settings.minLogPriceSd()), n);
        }
        boolean poisson = total / n < settings.lowCountMean() || zeros > 0;
        Design design = new Design(sales, rows, logPrice, crossLogPrice, settings.minLogPriceSd(), poisson);
        try {
            return poisson ? poissonFit(design, sales, rows) : logLogFit(design);
        } catch (RuntimeException e) {
            return new OwnFit.Unsupported("the regression could not be solved (" + e.getMessage() + ")", n);
        }
    }

    private static OwnFit logLogFit(Design design) {
        LinearModel model = OLS.fit(Formula.lhs("y"), DataFrame.of(design.matrix, design.names));
        double[][] t = model.ttest();
        int df = model.df();
        Double cross = null;
        Double crossSe = null;
        if (design.crossColumn > 0) {
            double[] row = t[design.crossColumn];
            double critical = new TDistribution(null, df).inverseCumulativeProbability(0.975);
            if (Math.abs(row[2]) >= critical) {
                cross = row[0];
                crossSe = row[1];
            }
        }
        return new OwnFit.Fitted(t[1][0], t[1][1], df, "log-log OLS", design.matrix.length, cross, crossSe,
                design.controls());
    }

    private static OwnFit poissonFit(Design design, SkuSales sales, List<Integer> rows) {
        GLM model = GLM.fit(Formula.lhs("y"), DataFrame.of(design.matrix, design.names), Poisson.log());
        double[][] z = model.ztest();
        double[] mu = model.fittedValues();
        int n = design.matrix.length;
        int p = design.names.length - 1;
        double pearson = 0;
        for (int r = 0; r < n; r++) {
            double y = sales.units()[rows.get(r)];
            pearson += (y - mu[r]) * (y - mu[r]) / Math.max(mu[r], 1e-12);
        }
        // quasi-Poisson: the standard errors scaled by the Pearson dispersion, never below the Poisson's
        double dispersion = Math.max(1, pearson / Math.max(1, n - p - 1));
        double scale = Math.sqrt(dispersion);
        Double cross = null;
        Double crossSe = null;
        if (design.crossColumn > 0) {
            double[] row = z[design.crossColumn];
            if (Math.abs(row[0] / (row[1] * scale)) >= 1.96) {
                cross = row[0];
                crossSe = row[1] * scale;
            }
        }
        return new OwnFit.Fitted(z[1][0], z[1][1] * scale, n - p - 1, "Poisson GLM", n, cross, crossSe,
                design.controls());
    }

    /** The two-sided 95 % critical value for a fit's degrees of freedom (normal for the GLM). */
    static double critical(OwnFit.Fitted fit) {
        if (fit.method().startsWith("Poisson") || fit.degreesOfFreedom() > 1000) {
            return NORMAL.inverseCumulativeProbability(0.975);
        }
        return new TDistribution(null, Math.max(1, fit.degreesOfFreedom())).inverseCumulativeProbability(0.975);
    }

    /** The mean log price of the category's other SKUs on each of this SKU's days, or null with no others. */
    static double[] othersMeanLogPrice(SkuSales sku, List<SkuSales> category) {
        if (category.size() < 2) {
            return null;
        }
        Map<Integer, double[]> sums = new HashMap<>();
        for (SkuSales other : category) {
            if (other == sku) {
                continue;
            }
            for (int i = 0; i < other.size(); i++) {
                if (other.price()[i] > 0) {
                    double[] sum = sums.computeIfAbsent(other.day()[i], d -> new double[2]);
                    sum[0] += Math.log(other.price()[i]);
                    sum[1]++;
                }
            }
        }
        double[] mean = new double[sku.size()];
        for (int i = 0; i < mean.length; i++) {
            double[] sum = sums.get(sku.day()[i]);
            if (sum == null) {
                return null;
            }
            mean[i] = sum[0] / sum[1];
        }
        return mean;
    }

    static double sd(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / Math.max(1, x.length - 1));
    }
}
