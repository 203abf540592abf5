package io.shopmind.pricing.elasticity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Daily sales generated from known elasticities: per category a mean elasticity, per SKU one drawn around it, and
 * Poisson units with mean exp(a + &epsilon; log(p / p0) + weekday + promo + trend) times a log-normal day effect.
 * "Rich" SKUs have a year of prices moving &plusmn;20 % every two weeks; "sparse" ones have eight weeks of prices
 * moving by 2&ndash;3 % once or twice.
 */
public final class SyntheticSales {

    public static final double TAU = 0.4;
    private static final LocalDate START = LocalDate.of(2025, 1, 6);

    private SyntheticSales() {
    }

    /** A generated SKU and its true elasticity. */
    public record Truth(SkuSales sales, double elasticity, boolean sparse) {
    }

    public static List<Truth> categories(long seed, double[] categoryElasticity, int richPerCategory,
            int sparsePerCategory, double baseUnits) {
        RandomGenerator random = new MersenneTwister(seed);
        List<Truth> skus = new ArrayList<>();
        for (int c = 0; c < categoryElasticity.length; c++) {
            for (int i = 0; i < richPerCategory + sparsePerCategory; i++) {
                boolean sparse = i >= richPerCategory;
                double elasticity = categoryElasticity[c] + TAU * random.nextGaussian();
                skus.add(new Truth(sku("c" + c + "-" + i, "c" + c, elasticity, sparse, baseUnits, random), elasticity,
                        sparse));
            }
        }
        return skus;
    }

    static SkuSales sku(String id, String category, double elasticity, boolean sparse, double baseUnits,
            RandomGenerator random) {
        int days = sparse ? 56 : 364;
        double basePrice = 10 + 40 * random.nextDouble();
        int[] day = new int[days];
        double[] units = new double[days];
        double[] price = new double[days];
        boolean[] promo = new boolean[days];
        double level = 1;
        int[] changes = sparse ? new int[] {20 + random.nextInt(10), 40 + random.nextInt(10)} : null;
        for (int d = 0; d < days; d++) {
            day[d] = (int) START.plusDays(d).toEpochDay();
            if (sparse) {
                if (d == changes[0] || d == changes[1]) {
                    level = 1 + (random.nextBoolean() ? 1 : -1) * (0.02 + 0.01 * random.nextDouble());
                }
            } else if (d % 14 == 0) {
                level = 0.8 + 0.4 * random.nextDouble();
            }
            promo[d] = !sparse && random.nextDouble() < 0.05;
            price[d] = Math.round(basePrice * level * (promo[d] ? 0.9 : 1) * 100) / 100.0;
            int weekday = START.plusDays(d).getDayOfWeek().getValue();
            double mean = baseUnits * Math.exp(elasticity * Math.log(price[d] / basePrice)
                    + (weekday >= 6 ? 0.3 : 0) + (promo[d] ? 0.25 : 0) + 0.1 * d / 365.0 + 0.1 * random.nextGaussian());
            units[d] = new PoissonDistribution(random, mean, PoissonDistribution.DEFAULT_EPSILON,
                    PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
        }
        return new SkuSales(id, category, day, units, price, promo);
    }
}
