package io.shopmind.pricing.elasticity;

/**
 * One SKU's sales history for estimation: per period the day (epoch day), units sold, the price paid and whether a
 * promotion ran.
 *
 * @param promo null when the history does not say
 */
public record SkuSales(String sku, String category, int[] day, double[] units, double[] price, boolean[] promo) {

    public SkuSales {
        if (day.length != units.length || day.length != price.length || (promo != null && promo.length != day.length)) {
            throw new IllegalArgumentException("day, units, price and promo must be of one length");
        }
    }

    public int size() {
        return day.length;
    }
}
