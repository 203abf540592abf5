package io.shopmind.pricing.optimum;

/**
 * Linear demand q(p) = a &minus; b&middot;p (Phillips, <i>Pricing and Revenue Optimization</i>, 2nd ed., &sect;3.3.1).
 * Profit (p &minus; c)(a &minus; bp) is concave with its maximum where a &minus; 2bp + bc = 0, so
 * p* = (a/b + c) / 2.
 */
public record LinearDemand(double a, double b) implements DemandModel {

    public LinearDemand {
        if (!(b > 0) || !(a > 0)) {
            throw new IllegalArgumentException("linear demand needs a > 0 and b > 0, got a=" + a + ", b=" + b);
        }
    }

    @Override
    public double quantity(double price) {
        return Math.max(0, a - b * price);
    }

    @Override
    public double profitMaximisingPrice(double unitCost) {
        return (a / b + unitCost) / 2;
    }

    @Override
    public double priceFor(double quantity) {
        return (a - quantity) / b;
    }
}
