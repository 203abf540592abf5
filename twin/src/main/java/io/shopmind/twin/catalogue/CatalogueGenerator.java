package io.shopmind.twin.catalogue;

import io.shopmind.twin.random.Draws;
import io.shopmind.twin.random.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a catalogue: costs uniform in the category's range, list prices 60-120 % above cost, one supplier per brand
 * with its own lead time, case packs by unit cost, attractions normal with a wide spread (so a few SKUs sell every
 * day and most sell now and then, as in the long tail of any shop), and taste factors around a category centre.
 */
public final class CatalogueGenerator {

    /** Dimensions of the taste space. */
    public static final int FACTORS = 6;
    private static final int BRANDS_PER_CATEGORY = 4;
    private static final String[] ADJECTIVES = {"Classic", "Organic", "Premium", "Daily", "Smoky", "Bright",
        "Compact", "Family", "Travel", "Deluxe", "Mini", "Rustic"};

    private final Draws draws;
    private final List<Category> categories;

    public CatalogueGenerator(Draws draws, List<Category> categories) {
        this.draws = draws;
        this.categories = List.copyOf(categories);
    }

    /** The centre of a category in the taste space: shoppers who like one SKU of it tend to like its others. */
    public double[] centre(int category) {
        double[] centre = new double[FACTORS];
        for (int f = 0; f < FACTORS; f++) {
            centre[f] = 0.8 * draws.normal(Source.CATALOGUE, 1_000_000 + category, f, 0);
        }
        return centre;
    }

    public Catalogue generate(int size) {
        if (size < categories.size() || size > 100_000) {
            throw new IllegalArgumentException("a catalogue has between " + categories.size() + " and 100000 SKUs");
        }
        double[][] centres = new double[categories.size()][];
        for (int c = 0; c < centres.length; c++) {
            centres[c] = centre(c);
        }
        double[] supplierLeadTime = new double[categories.size() * BRANDS_PER_CATEGORY];
        for (int s = 0; s < supplierLeadTime.length; s++) {
            supplierLeadTime[s] = 3 + 18 * draws.uniform(Source.CATALOGUE, 2_000_000 + s, 0);
        }
        double shareSum = categories.stream().mapToDouble(Category::share).sum();
        List<Sku> skus = new ArrayList<>(size);
        List<SkuTruth> truths = new ArrayList<>(size);
        int next = 0;
        for (int c = 0; c < categories.size(); c++) {
            Category category = categories.get(c);
            int count = c == categories.size() - 1 ? size - next
                    : Math.max(1, (int) Math.round(size * category.share() / shareSum));
            for (int k = 0; k < count && next < size; k++, next++) {
                skus.add(sku(next, c, category, supplierLeadTime));
                truths.add(truth(next, category, centres[c]));
            }
        }
        return new Catalogue(categories, skus, truths);
    }

    private Sku sku(int i, int c, Category category, double[] supplierLeadTime) {
        double u = draws.uniform(Source.CATALOGUE, i, 0);
        double cost = round2(category.minCost() + (category.maxCost() - category.minCost()) * u * u);
        double listPrice = Math.floor(cost * (1.6 + 0.6 * draws.uniform(Source.CATALOGUE, i, 1))) + 0.99;
        int brand = (int) (draws.uniform(Source.CATALOGUE, i, 2) * BRANDS_PER_CATEGORY);
        int supplier = c * BRANDS_PER_CATEGORY + brand;
        double leadTime = supplierLeadTime[supplier];
        int casePack = cost < 4 ? 12 : cost < 10 ? 6 : cost < 25 ? 4 : cost < 50 ? 2 : 1;
        String brandName = capitalise(category.name()) + "Co " + (char) ('A' + brand);
        String name = ADJECTIVES[(int) (draws.uniform(Source.CATALOGUE, i, 3) * ADJECTIVES.length)] + " "
                + category.name() + " " + (i + 1);
        return new Sku(i, String.format(Locale.ROOT, "SKU-%04d", i + 1), name, category.name(), brandName,
                "supplier-" + (supplier + 1), cost, listPrice, round2(leadTime), round2(leadTime * 0.25), casePack);
    }

    private SkuTruth truth(int i, Category category, double[] centre) {
        double attraction = -1.0 + 1.1 * draws.normal(Source.CATALOGUE, i, 10, 0);
        double[] factors = new double[FACTORS];
        for (int f = 0; f < FACTORS; f++) {
            factors[f] = centre[f] + 0.5 * draws.normal(Source.CATALOGUE, i, 11, f);
        }
        double elasticity = Math.max(1.2, category.elasticity() * Math.exp(0.2 * draws.normal(Source.CATALOGUE, i, 12, 0)));
        return new SkuTruth(attraction, factors, elasticity, category.extraUnitsMean());
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
