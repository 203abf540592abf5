package io.shopmind.twin.shopper;

import io.shopmind.twin.catalogue.CatalogueGenerator;
import io.shopmind.twin.random.Draws;
import io.shopmind.twin.random.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shoppers, and who comes on a visit: drawn in proportion to a log-normal visit weight (a few regulars, many
 * occasional visitors) by binary search on the cumulative weights.
 */
public final class Population {

    private final List<Shopper> shoppers;
    private final double[] cumulativeWeight;

    private Population(List<Shopper> shoppers) {
        this.shoppers = List.copyOf(shoppers);
        cumulativeWeight = new double[shoppers.size()];
        double sum = 0;
        for (int i = 0; i < shoppers.size(); i++) {
            sum += shoppers.get(i).visitWeight();
            cumulativeWeight[i] = sum;
        }
    }

    /** Draws {@code size} shoppers; a quarter write in Chinese. */
    public static Population generate(Draws draws, int size, double chineseShare) {
        if (size < 1 || size > 1_000_000) {
            throw new IllegalArgumentException("a population has between 1 and 1000000 shoppers");
        }
        List<Shopper> shoppers = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            double[] tastes = new double[CatalogueGenerator.FACTORS];
            for (int f = 0; f < tastes.length; f++) {
                tastes[f] = 0.45 * draws.normal(Source.TASTES, i, 0, f);
            }
            double weight = Math.exp(0.8 * draws.normal(Source.TASTES, i, 1, 0));
            double sensitivity = Math.exp(0.2 * draws.normal(Source.TASTES, i, 2, 0));
            boolean chinese = draws.uniform(Source.TASTES, i, 3) < chineseShare;
            shoppers.add(new Shopper(i, String.format(Locale.ROOT, "C-%05d", i + 1), tastes, weight, sensitivity,
                    chinese));
        }
        return new Population(shoppers);
    }

    public List<Shopper> shoppers() {
        return shoppers;
    }

    public int size() {
        return shoppers.size();
    }

    public Shopper get(int index) {
        return shoppers.get(index);
    }

    /** The shopper a uniform draw {@code u} in (0, 1) picks, in proportion to visit weight. */
    public Shopper pick(double u) {
        double target = u * cumulativeWeight[cumulativeWeight.length - 1];
        int lo = 0;
        int hi = cumulativeWeight.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulativeWeight[mid] < target) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return shoppers.get(lo);
    }
}
