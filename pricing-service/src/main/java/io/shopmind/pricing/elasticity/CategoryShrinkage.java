package io.shopmind.pricing.elasticity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Empirical-Bayes shrinkage of a category's SKU elasticities towards the category's (Morris, "Parametric Empirical
 * Bayes Inference", <i>JASA</i> 78, 1983): the SKUs' own estimates &epsilon;<sub>i</sub> with standard errors
 * s<sub>i</sub> are taken as draws around a category elasticity &mu; with spread &tau;; &mu; and &tau;&sup2; by the
 * DerSimonian-Laird random-effects estimator (<i>Controlled Clinical Trials</i> 7, 1986). Each SKU's estimate moves
 * towards &mu; by B<sub>i</sub> = s<sub>i</sub>&sup2; / (s<sub>i</sub>&sup2; + &tau;&sup2;) &mdash; the noisier its own
 * estimate, e.g. because its prices barely moved, the more &mdash; with variance (1 &minus; B<sub>i</sub>)
 * s<sub>i</sub>&sup2; + B<sub>i</sub>&sup2; Var(&mu;&#770;). A SKU without an own estimate gets &mu; with the predictive
 * variance &tau;&sup2; + Var(&mu;&#770;). At least {@link #MIN_SKUS} own estimates are needed to estimate &tau;; with
 * fewer, own estimates stand alone and the rest get none.
 */
public final class CategoryShrinkage {

    public static final int MIN_SKUS = 3;

    private CategoryShrinkage() {
    }

    static List<ElasticityEstimate> shrink(List<SkuSales> skus, List<OwnFit> fits) {
        List<OwnFit.Fitted> fitted = new ArrayList<>();
        for (OwnFit fit : fits) {
            if (fit instanceof OwnFit.Fitted f) {
                fitted.add(f);
            }
        }
        Category category = fitted.size() >= MIN_SKUS ? category(fitted) : null;
        List<ElasticityEstimate> estimates = new ArrayList<>(skus.size());
        for (int i = 0; i < skus.size(); i++) {
            SkuSales sku = skus.get(i);
            OwnFit fit = fits.get(i);
            if (fit instanceof OwnFit.Fitted own) {
                if (category == null) {
                    double half = ElasticityEstimator.critical(own) * own.standardError();
                    estimates.add(new ElasticityEstimate(sku.sku(), sku.category(), own.elasticity(),
                            own.elasticity() - half, own.elasticity() + half, ElasticitySource.OWN, own.method(),
                            own.observations(), own.elasticity(), own.standardError(), 0.0, own.crossElasticity(),
                            "own " + own.method() + " (controls: " + own.controls() + "); too few SKUs in the "
                                    + "category to shrink towards it"));
                    continue;
                }
                double s2 = own.standardError() * own.standardError();
                double b = category.tau2 == 0 ? 1 : s2 / (s2 + category.tau2);
                double value = (1 - b) * own.elasticity() + b * category.mu;
                double sd = Math.sqrt((1 - b) * s2 + b * b * category.muVariance);
                estimates.add(new ElasticityEstimate(sku.sku(), sku.category(), value, value - 1.96 * sd,
                        value + 1.96 * sd, ElasticitySource.SHRUNK, own.method(), own.observations(), own.elasticity(),
                        own.standardError(), b, own.crossElasticity(), String.format(Locale.ROOT,
                        "own %s %.2f ± %.2f (controls: %s), %.0f %% of the way to the category's %.2f",
                        own.method(), own.elasticity(), own.standardError(), own.controls(), 100 * b, category.mu)));
            } else {
                OwnFit.Unsupported none = (OwnFit.Unsupported) fit;
                if (category == null) {
                    estimates.add(new ElasticityEstimate(sku.sku(), sku.category(), null, null, null,
                            ElasticitySource.NONE, null, none.observations(), null, null, null, null,
                            none.reason() + "; the category has " + fitted.size() + " SKU(s) with an estimate, "
                                    + MIN_SKUS + " are needed to fall back to it"));
                    continue;
                }
                double sd = Math.sqrt(category.tau2 + category.muVariance);
                estimates.add(new ElasticityEstimate(sku.sku(), sku.category(), category.mu, category.mu - 1.96 * sd,
                        category.mu + 1.96 * sd, ElasticitySource.CATEGORY, null, none.observations(), null, null,
                        1.0, null, none.reason() + "; the category's elasticity from " + category.skus + " SKUs"));
            }
        }
        return estimates;
    }

    /** &mu;, &tau;&sup2; and Var(&mu;&#770;) by DerSimonian-Laird. */
    static Category category(List<OwnFit.Fitted> fitted) {
        double sw = 0;
        double sw2 = 0;
        double swe = 0;
        for (OwnFit.Fitted f : fitted) {
            double w = 1 / (f.standardError() * f.standardError());
            sw += w;
            sw2 += w * w;
            swe += w * f.elasticity();
        }
        double fixed = swe / sw;
        double q = 0;
        for (OwnFit.Fitted f : fitted) {
            double w = 1 / (f.standardError() * f.standardError());
            q += w * (f.elasticity() - fixed) * (f.elasticity() - fixed);
        }
        double tau2 = Math.max(0, (q - (fitted.size() - 1)) / (sw - sw2 / sw));
        double sws = 0;
        double swse = 0;
        for (OwnFit.Fitted f : fitted) {
            double w = 1 / (f.standardError() * f.standardError() + tau2);
            sws += w;
            swse += w * f.elasticity();
        }
        return new Category(swse / sws, tau2, 1 / sws, fitted.size());
    }

    record Category(double mu, double tau2, double muVariance, int skus) {
    }
}
