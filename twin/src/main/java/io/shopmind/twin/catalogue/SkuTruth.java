package io.shopmind.twin.catalogue;

/**
 * What the shop does not know about a SKU and the shoppers act on.
 *
 * @param attraction     the SKU's mean utility to every shopper (high: a fast mover; low: an intermittent one)
 * @param factors        its position in the taste space; a shopper's utility adds the dot product with her tastes
 * @param elasticity     the coefficient of log(price / list price) in the utility: the SKU's own-price elasticity
 *                       of the choice odds against not buying (a demand elasticity of
 *                       {@code -elasticity * (1 - share)} in a multinomial logit)
 * @param extraUnitsMean mean extra units in an order line beyond the first (Poisson)
 */
public record SkuTruth(double attraction, double[] factors, double elasticity, double extraUnitsMean) {
}
