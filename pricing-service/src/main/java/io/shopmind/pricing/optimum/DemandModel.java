package io.shopmind.pricing.optimum;

/** Expected units sold per period at a price. */
public sealed interface DemandModel permits LinearDemand, ConstantElasticityDemand {

    double quantity(double price);

    /** The price that maximises (price &minus; unitCost) &times; quantity with no other limit, or NaN when none does. */
    double profitMaximisingPrice(double unitCost);

    /** The price at which the expected quantity per period is {@code quantity}, for sell-through targets. */
    double priceFor(double quantity);
}
