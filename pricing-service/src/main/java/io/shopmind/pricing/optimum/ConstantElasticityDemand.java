package io.shopmind.pricing.optimum;

/**
 * Constant-elasticity demand q(p) = q0 (p / p0)^&epsilon;, anchored at a reference price p0 selling q0 (Phillips,
 * <i>Pricing and Revenue Optimization</i>, 2nd ed., &sect;3.3.3). For &epsilon; &lt; &minus;1 profit
 * (p &minus; c) q(p) has its maximum where p (1 + &epsilon;) = c &epsilon;, the markup rule p* = c &epsilon; /
 * (1 + &epsilon;); for &epsilon; &ge; &minus;1 profit rises with price without bound, so there is no interior optimum.
 */
public record ConstantElasticityDemand(double referencePrice, double referenceQuantity, double elasticity)
        implements DemandModel {

    public ConstantElasticityDemand {
        if (!(referencePrice > 0) || !(referenceQuantity >= 0) || !Double.isFinite(elasticity)) {
            throw new IllegalArgumentException("constant-elasticity demand needs p0 > 0, q0 >= 0 and a finite "
                    + "elasticity");
        }
    }

    @Override
    public double quantity(double price) {
        return referenceQuantity * Math.pow(price / referencePrice, elasticity);
    }

    @Override
    public double profitMaximisingPrice(double unitCost) {
        if (elasticity >= -1) {
            return Double.NaN;
        }
        return unitCost * elasticity / (1 + elasticity);
    }

    @Override
    public double priceFor(double quantity) {
        return referencePrice * Math.pow(quantity / referenceQuantity, 1 / elasticity);
    }
}
