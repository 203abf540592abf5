package io.shopmind.pricing.optimum;

import java.util.function.DoubleUnaryOperator;

/**
 * The profit-maximising price of a demand model within [lower, upper]: the closed form clamped to the range when
 * the model has one (profit is unimodal in both closed-form models, so the clamp is the constrained optimum), a
 * golden-section search refined from a grid otherwise. With stock and a horizon it can also maximise margin subject
 * to selling the stock through by the end of the horizon: the highest price whose expected sales over the horizon
 * reach the stock, if that is below the unconstrained optimum.
 */
public final class PriceOptimizer {

    private static final int GRID = 64;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private PriceOptimizer() {
    }

    /** The optimum of {@code model} for a unit cost, within [lower, upper]. */
    public static Optimum maximiseProfit(DemandModel model, double unitCost, double lower, double upper) {
        double closed = model.profitMaximisingPrice(unitCost);
        double price = Double.isNaN(closed) ? upper : Math.min(upper, Math.max(lower, closed));
        return optimum(model, unitCost, price, Double.isNaN(closed) ? "no interior optimum (demand inelastic): "
                + "highest allowed price" : closed < lower ? "optimum below the range" : closed > upper
                ? "optimum above the range" : "closed form");
    }

    /**
     * Maximises (p &minus; c) q(p) numerically over [lower, upper] for any demand curve: the best of a 64-point grid,
     * then golden-section search in the grid cells either side (exact for unimodal profit, a refinement otherwise).
     */
    public static double maximiseNumerically(DoubleUnaryOperator quantity, double unitCost, double lower,
            double upper) {
        DoubleUnaryOperator profit = p -> (p - unitCost) * quantity.applyAsDouble(p);
        double step = (upper - lower) / GRID;
        int best = 0;
        double bestProfit = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= GRID; i++) {
            double value = profit.applyAsDouble(lower + i * step);
            if (value > bestProfit) {
                bestProfit = value;
                best = i;
            }
        }
        double a = lower + Math.max(0, best - 1) * step;
        double b = lower + Math.min(GRID, best + 1) * step;
        double x1 = b - GOLDEN * (b - a);
        double x2 = a + GOLDEN * (b - a);
        double f1 = profit.applyAsDouble(x1);
        double f2 = profit.applyAsDouble(x2);
        while (b - a > 1e-9 * Math.max(1, Math.abs(b))) {
            if (f1 < f2) {
                a = x1;
                x1 = x2;
                f1 = f2;
                x2 = a + GOLDEN * (b - a);
                f2 = profit.applyAsDouble(x2);
            } else {
                b = x2;
                x2 = x1;
                f2 = f1;
                x1 = b - GOLDEN * (b - a);
                f1 = profit.applyAsDouble(x1);
            }
        }
        double refined = (a + b) / 2;
        return profit.applyAsDouble(refined) >= bestProfit ? refined : lower + best * step;
    }

    /**
     * The best margin that still sells {@code stock} units within {@code periods} periods in expectation: the
     * profit optimum if it already does, else the price whose expected sales over the horizon equal the stock
     * (lower prices sell more, but earn less per unit).
     */
    public static Optimum maximiseWithSellThrough(DemandModel model, double unitCost, double lower, double upper,
            double stock, double periods) {
        Optimum free = maximiseProfit(model, unitCost, lower, upper);
        if (free.quantity() * periods >= stock) {
            return free;
        }
        double clearing = model.priceFor(stock / periods);
        if (!(clearing >= lower)) {
            return optimum(model, unitCost, lower, "lowest allowed price: the stock does not sell through in time "
                    + "even there");
        }
        return optimum(model, unitCost, Math.min(clearing, upper), "sells the stock through by the end of the horizon");
    }

    private static Optimum optimum(DemandModel model, double unitCost, double price, String how) {
        double quantity = model.quantity(price);
        return new Optimum(price, quantity, price * quantity, (price - unitCost) * quantity, how);
    }

    /** A price with its expected quantity, revenue and profit per period, and how it was found. */
    public record Optimum(double price, double quantity, double revenue, double profit, String how) {
    }
}
