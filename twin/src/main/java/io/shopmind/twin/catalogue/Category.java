package io.shopmind.twin.catalogue;

/**
 * A category of the twin's catalogue and how its demand behaves over the year.
 *
 * @param name               the category's name, as the storefront shows it
 * @param share              its share of shopping visits, before seasonality
 * @param yearlyAmplitude    the relative swing of its yearly seasonality (0.5: 50 % above the mean at the peak)
 * @param peakDayOfYear      the day of the year its demand peaks
 * @param elasticity         the mean price elasticity of its SKUs (a positive number: demand falls as price rises)
 * @param minCost            the cheapest unit cost in the category
 * @param maxCost            the dearest unit cost in the category
 * @param extraUnitsMean     the mean number of extra units per order line (consumables are bought several at once)
 */
public record Category(String name, double share, double yearlyAmplitude, int peakDayOfYear, double elasticity,
        double minCost, double maxCost, double extraUnitsMean) {

    /** The shop's categories: coffee and tea all year, gifts at Christmas, garden and outdoor in summer. */
    public static final java.util.List<Category> DEFAULT = java.util.List.of(
            new Category("coffee", 0.20, 0.10, 15, 2.2, 4, 15, 0.6),
            new Category("tea", 0.12, 0.15, 350, 2.0, 3, 12, 0.5),
            new Category("brewing", 0.12, 0.30, 355, 2.8, 10, 80, 0.05),
            new Category("mugs", 0.10, 0.40, 355, 3.2, 3, 15, 0.3),
            new Category("snacks", 0.16, 0.05, 100, 1.6, 1, 6, 0.9),
            new Category("garden", 0.10, 0.60, 160, 2.5, 5, 40, 0.1),
            new Category("outdoor", 0.10, 0.45, 190, 2.6, 10, 60, 0.05),
            new Category("toys", 0.10, 0.55, 355, 3.0, 5, 40, 0.1));
}
