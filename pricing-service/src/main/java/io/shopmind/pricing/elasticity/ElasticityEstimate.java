package io.shopmind.pricing.elasticity;

/**
 * A SKU's price elasticity as pricing uses it, with its 95 % interval and where it comes from.
 *
 * @param elasticity      null when {@code source} is {@link ElasticitySource#NONE}
 * @param ownElasticity   the SKU's own fit before shrinkage, when there is one
 * @param shrinkage       the weight of the category in the estimate (0 = own data alone, 1 = category alone)
 * @param note            why the estimate is what it is, in words for the ops team
 */
public record ElasticityEstimate(String sku, String category, Double elasticity, Double lower, Double upper,
        ElasticitySource source, String method, int observations, Double ownElasticity, Double ownStandardError,
        Double shrinkage, Double crossElasticity, String note) {
}
