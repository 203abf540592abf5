package io.shopmind.twin.simulation;

import io.shopmind.twin.calendar.Promotion;
import io.shopmind.twin.catalogue.Catalogue;
import io.shopmind.twin.catalogue.SkuTruth;
import io.shopmind.twin.random.Draws;
import io.shopmind.twin.random.Source;
import io.shopmind.twin.shopper.Shopper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a shopper browses and chooses, with the published models behind each step:
 * <ul>
 *   <li>she sees the recommendation strip and the search results of her category; she examines slot {@code k}
 *       (0-based) of the strip with probability {@code (1 / (k + 1))^eta}, the position-based model of
 *       Joachims, Swaminathan and Schnabel (2017, "Unbiased learning-to-rank with biased feedback");</li>
 *   <li>search results are the category's SKUs ranked by attraction and taste with Gumbel noise (a Plackett-Luce
 *       draw, the Gumbel-top-k trick of Kool, van Hoof and Welling 2019);</li>
 *   <li>she opens an examined SKU with probability logistic(attraction + tastes · factors);</li>
 *   <li>among those she opened she buys the one of highest utility, if it beats not buying: a multinomial logit
 *       (Train 2009, §3) with utility attraction + tastes · factors − elasticity × ln(price / list price)
 *       − competition × max(0, ln(price / rival's price)).</li>
 * </ul>
 * Every draw is keyed by day, visit and SKU, so the same visitor meets the same noise in every arm.
 */
final class Storefront {

    static final double POSITION_BIAS = 1.0;
    static final double OUTSIDE_UTILITY = 4.5;
    static final double COMPETITION = 2.0;
    static final double CATEGORY_TASTE = 0.5;
    private static final long VIEW_KEY = 1_000_000;
    private static final long EXAMINE_KEY = 2_000_000;
    private static final long OUTSIDE_KEY = 3_000_000;

    private final World world;
    private final Catalogue catalogue;
    private final Draws draws;

    Storefront(World world) {
        this.world = world;
        this.catalogue = world.catalogue();
        this.draws = world.draws();
    }

    /** The day's visits, in time order: Poisson many, each shopper drawn by visit weight, her category by taste. */
    List<Visit> visits(int d) {
        LocalDate date = world.date(d);
        int categories = catalogue.categories().size();
        double[] expected = new double[categories];
        double total = 0;
        for (int c = 0; c < categories; c++) {
            expected[c] = world.calendar().expectedVisits(c, date);
            total += expected[c];
        }
        int n = draws.poisson(Source.ARRIVALS, d, 0, 0, total);
        List<Visit> visits = new ArrayList<>(n);
        double[] weight = new double[categories];
        for (int v = 0; v < n; v++) {
            Shopper shopper = world.population().pick(draws.uniform(Source.ARRIVALS, d, v + 1, 0));
            int second = 8 * 3600 + (int) (14 * 3600 * draws.uniform(Source.ARRIVALS, d, v + 1, 1));
            double sum = 0;
            for (int c = 0; c < categories; c++) {
                weight[c] = expected[c] * Math.exp(CATEGORY_TASTE * dot(shopper.tastes(), world.categoryCentre(c)));
                sum += weight[c];
            }
            double u = draws.uniform(Source.ARRIVALS, d, v + 1, 2) * sum;
            int category = 0;
            while (category < categories - 1 && u > weight[category]) {
                u -= weight[category];
                category++;
            }
            visits.add(new Visit(v, shopper, second, category));
        }
        visits.sort((a, b) -> Integer.compare(a.secondOfDay(), b.secondOfDay()));
        return visits;
    }

    /**
     * What the visitor opens and how she ranks it, given the strip shown, the shelf prices and the rival's.
     *
     * @param recommended SKU indexes of the strip, best first (unknown SKUs already dropped)
     */
    Browsing browse(int d, Visit visit, int[] recommended, double[] shelfPrices) {
        Shopper shopper = visit.shopper();
        int v = visit.number();
        LocalDate date = world.date(d);
        int[] search = searchResults(d, visit);
        int[] viewed = new int[recommended.length + search.length];
        boolean[] fromStrip = new boolean[viewed.length];
        int count = 0;
        for (int k = 0; k < recommended.length; k++) {
            int j = recommended[k];
            boolean examined = draws.uniform(Source.BROWSING, d, v, EXAMINE_KEY + k) < Math.pow(1.0 / (k + 1),
                    POSITION_BIAS);
            if (examined && opens(d, v, shopper, j) && indexOf(viewed, count, j) < 0) {
                viewed[count] = j;
                fromStrip[count++] = true;
            }
        }
        for (int j : search) {
            if (opens(d, v, shopper, j) && indexOf(viewed, count, j) < 0) {
                viewed[count++] = j;
            }
        }
        double outside = OUTSIDE_UTILITY + draws.gumbel(Source.CHOICE, d, v, OUTSIDE_KEY);
        double[] utility = new double[count];
        Integer[] order = new Integer[count];
        int better = 0;
        for (int i = 0; i < count; i++) {
            int j = viewed[i];
            utility[i] = utility(d, date, shopper, j, shelfPrices[j]) + draws.gumbel(Source.CHOICE, d, v, j);
            order[i] = i;
            if (utility[i] > outside) {
                better++;
            }
        }
        Arrays.sort(order, (a, b) -> Double.compare(utility[b], utility[a]));
        int[] ranked = new int[better];
        for (int i = 0; i < better; i++) {
            ranked[i] = viewed[order[i]];
        }
        return new Browsing(Arrays.copyOf(viewed, count), Arrays.copyOf(fromStrip, count), recommended.length,
                ranked);
    }

    /** Units in the order line: one, plus Poisson extras for consumables. */
    int quantity(int d, Visit visit, int j) {
        return 1 + draws.poisson(Source.CHOICE, d, visit.number(), VIEW_KEY + j, catalogue.truth(j).extraUnitsMean());
    }

    /** The price paid: the shelf price less a running promotion's coupon. */
    double pricePaid(LocalDate date, int j, double shelfPrice) {
        Promotion promotion = world.calendar().promotion(catalogue.sku(j).category(), date);
        return promotion == null ? shelfPrice : Math.round(shelfPrice * (1 - promotion.discount()) * 100) / 100.0;
    }

    /** Taste only: the shopper's true ranking of the catalogue, whatever the prices. */
    double taste(Shopper shopper, int j) {
        SkuTruth truth = catalogue.truth(j);
        return truth.attraction() + dot(shopper.tastes(), truth.factors());
    }

    private double utility(int d, LocalDate date, Shopper shopper, int j, double shelfPrice) {
        SkuTruth truth = catalogue.truth(j);
        double price = pricePaid(date, j, shelfPrice);
        double rival = world.competitors().price(j, d);
        double undercut = rival > 0 ? Math.max(0, Math.log(price / rival)) : 0;
        return taste(shopper, j)
                - shopper.priceSensitivity() * truth.elasticity() * Math.log(price / catalogue.sku(j).listPrice())
                - COMPETITION * undercut;
    }

    private boolean opens(int d, int v, Shopper shopper, int j) {
        double p = 1 / (1 + Math.exp(-taste(shopper, j)));
        return draws.uniform(Source.BROWSING, d, v, VIEW_KEY + j) < p;
    }

    /** The m best of the category by taste plus Gumbel noise, best first (a selection: m is small). */
    private int[] searchResults(int d, Visit visit) {
        int[] members = world.skusOf(visit.category());
        int m = Math.min(world.settings().searchResults(), members.length);
        int[] top = new int[m];
        double[] topScore = new double[m];
        Arrays.fill(topScore, Double.NEGATIVE_INFINITY);
        for (int member : members) {
            double score = taste(visit.shopper(), member) + draws.gumbel(Source.BROWSING, d, visit.number(), member);
            if (score > topScore[m - 1]) {
                int i = m - 1;
                while (i > 0 && topScore[i - 1] < score) {
                    topScore[i] = topScore[i - 1];
                    top[i] = top[i - 1];
                    i--;
                }
                topScore[i] = score;
                top[i] = member;
            }
        }
        return top;
    }

    private static int indexOf(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
