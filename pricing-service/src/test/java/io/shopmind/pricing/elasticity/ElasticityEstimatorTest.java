package io.shopmind.pricing.elasticity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/**
 * Recovery of known elasticities from generated sales; the figures over many seeds come from
 * {@code benchmark.ElasticityRecoveryBenchmark}.
 */
class ElasticityEstimatorTest {

    private final ElasticityEstimator estimator = new ElasticityEstimator(ElasticityEstimator.Settings.defaults());

    @Test
    void recoversAKnownElasticityWithLogLogOlsAndItsControls() {
        SkuSales sales = SyntheticSales.sku("a", "c", -2.0, false, 40, new MersenneTwister(3));
        OwnFit.Fitted fit = (OwnFit.Fitted) estimator.fit(sales, null);

        assertThat(fit.method()).isEqualTo("log-log OLS");
        assertThat(fit.controls()).isEqualTo("trend, weekday, promo");
        assertThat(fit.elasticity()).isCloseTo(-2.0, within(3 * fit.standardError()));
        assertThat(fit.standardError()).isLessThan(0.15);
    }

    @Test
    void usesThePoissonGlmForLowCounts() {
        SkuSales sales = SyntheticSales.sku("a", "c", -1.5, false, 1.5, new MersenneTwister(4));
        OwnFit.Fitted fit = (OwnFit.Fitted) estimator.fit(sales, null);

        assertThat(fit.method()).isEqualTo("Poisson GLM");
        assertThat(fit.elasticity()).isCloseTo(-1.5, within(3 * fit.standardError()));
    }

    @Test
    void saysSoWhenPricesBarelyVaryAndFallsBackToTheCategory() {
        List<SkuSales> skus = new ArrayList<>();
        MersenneTwister random = new MersenneTwister(5);
        for (int i = 0; i < 4; i++) {
            skus.add(SyntheticSales.sku("r" + i, "mugs", -1.5 - 0.5 * i, false, 30, random));
        }
        SkuSales flat = SyntheticSales.sku("flat", "mugs", -2.0, false, 30, random);
        double[] samePrice = new double[flat.size()];
        java.util.Arrays.fill(samePrice, 19.99);
        skus.add(new SkuSales("flat", "mugs", flat.day(), flat.units(), samePrice, flat.promo()));

        List<ElasticityEstimate> estimates = estimator.estimate(skus);
        ElasticityEstimate fallback = estimates.get(4);

        assertThat(fallback.source()).isEqualTo(ElasticitySource.CATEGORY);
        assertThat(fallback.note()).contains("prices barely vary");
        assertThat(fallback.elasticity()).isCloseTo(-2.25, within(0.5));
        assertThat(fallback.upper() - fallback.lower()).isGreaterThan(estimates.get(0).upper() - estimates.get(0).lower());
        assertThat(estimates.subList(0, 4)).extracting(ElasticityEstimate::source).containsOnly(ElasticitySource.SHRUNK);
    }

    @Test
    void neverInventsAnEstimateTheDataCannotSupport() {
        SkuSales short1 = SyntheticSales.sku("s", "lonely", -2.0, true, 30, new MersenneTwister(6));
        SkuSales few = new SkuSales("few", "lonely", java.util.Arrays.copyOf(short1.day(), 10),
                java.util.Arrays.copyOf(short1.units(), 10), java.util.Arrays.copyOf(short1.price(), 10), null);

        ElasticityEstimate estimate = estimator.estimate(List.of(few)).get(0);

        assertThat(estimate.source()).isEqualTo(ElasticitySource.NONE);
        assertThat(estimate.elasticity()).isNull();
        assertThat(estimate.note()).contains("10 periods with a price; at least 28 are needed");
    }

    @Test
    void shrinkageFollowsTheDerSimonianLairdFormulas() {
        // three estimates -1, -2, -3 with standard error 0.5: w = 4, fixed mean -2, Q = 8, τ² = (8 - 2) / (12 - 48/12)
        // = 0.75, Var(μ) = 1 / (3 / (0.25 + 0.75))
        List<OwnFit.Fitted> fits = List.of(fitted(-1, 0.5), fitted(-2, 0.5), fitted(-3, 0.5));
        CategoryShrinkage.Category category = CategoryShrinkage.category(fits);

        assertThat(category.mu()).isCloseTo(-2, within(1e-12));
        assertThat(category.tau2()).isCloseTo(0.75, within(1e-12));
        assertThat(category.muVariance()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void findsACrossPriceEffectWhereTheDataSupportsIt() {
        MersenneTwister random = new MersenneTwister(8);
        SkuSales rival = SyntheticSales.sku("rival", "c", -2.0, false, 30, random);
        SkuSales own = SyntheticSales.sku("own", "c", -2.0, false, 30, random);
        // the own SKU sells 0.8 % more for each 1 % the rival's price is higher
        double[] units = own.units().clone();
        for (int d = 0; d < units.length; d++) {
            units[d] = Math.round(units[d] * Math.pow(rival.price()[d] / 30.0, 0.8));
        }
        SkuSales substitutes = new SkuSales("own", "c", own.day(), units, own.price(), own.promo());
        double[] rivalLog = ElasticityEstimator.othersMeanLogPrice(substitutes, List.of(substitutes, rival));

        OwnFit.Fitted fit = (OwnFit.Fitted) estimator.fit(substitutes, rivalLog);

        assertThat(fit.crossElasticity()).isNotNull();
        assertThat(fit.crossElasticity()).isCloseTo(0.8, within(3 * fit.crossStandardError()));
    }

    private static OwnFit.Fitted fitted(double elasticity, double se) {
        return new OwnFit.Fitted(elasticity, se, 100, "log-log OLS", 100, null, null, "none");
    }
}
