package io.shopmind.twin.market;

import io.shopmind.twin.catalogue.Catalogue;
import io.shopmind.twin.catalogue.Sku;
import io.shopmind.twin.random.Draws;
import io.shopmind.twin.random.Source;
import java.util.SplittableRandom;

/**
 * A rival shop's price for each SKU it stocks, day by day. The log of its price relative to the list price is a
 * mean-reverting AR(1) around a SKU's own level (a discounter sits below list, a premium shop at it), with
 * short sales now and then; it reprices about once a week (and when a sale starts or ends), as shops that watch
 * their rivals do. It does not react to our prices: its path is the same in every arm.
 */
public final class CompetitorPrices {

    public static final String COMPETITOR = "rival-shop";
    private static final double STOCKED_SHARE = 0.7;
    private static final double PHI = 0.95;
    private static final double SIGMA = 0.015;
    private static final double SALE_PROBABILITY = 1.0 / 60;
    private static final int SALE_DAYS = 5;
    private static final double SALE_DISCOUNT = 0.2;
    private static final double REPRICE_PROBABILITY = 1.0 / 7;

    /** [sku][day], 0 where the rival does not stock the SKU. */
    private final double[][] prices;

    public CompetitorPrices(Draws draws, Catalogue catalogue, int days) {
        prices = new double[catalogue.size()][days];
        for (Sku sku : catalogue.skus()) {
            SplittableRandom random = draws.stream(Source.COMPETITORS, sku.index(), 0);
            if (random.nextDouble() >= STOCKED_SHARE) {
                continue;
            }
            double level = -0.02 + 0.06 * gaussian(random);
            double z = level;
            int saleLeft = 0;
            double posted = Math.exp(z);
            boolean onSale = false;
            for (int d = 0; d < days; d++) {
                z = level + PHI * (z - level) + SIGMA * gaussian(random);
                if (saleLeft == 0 && random.nextDouble() < SALE_PROBABILITY) {
                    saleLeft = SALE_DAYS;
                }
                boolean sale = saleLeft > 0;
                saleLeft = Math.max(0, saleLeft - 1);
                if (d == 0 || sale != onSale || random.nextDouble() < REPRICE_PROBABILITY) {
                    posted = Math.exp(z);
                }
                onSale = sale;
                prices[sku.index()][d] = Math.round(sku.listPrice() * posted * (sale ? 1 - SALE_DISCOUNT : 1) * 100)
                        / 100.0;
            }
        }
    }

    /** The rival's price of a SKU on day {@code d} of the run, or 0 if it does not stock it. */
    public double price(int sku, int d) {
        return prices[sku][d];
    }

    public int days() {
        return prices.length == 0 ? 0 : prices[0].length;
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
