package io.shopmind.twin.shopper;

/**
 * One shopper and her hidden tastes.
 *
 * @param index            position in the population, the key of her random streams
 * @param id               the customer id the storefront knows her by
 * @param tastes           her position in the taste space; utility adds {@code tastes · factors} of a SKU
 * @param visitWeight      how often she comes relative to the others
 * @param priceSensitivity multiplies every SKU's elasticity for her
 * @param chinese          she writes to support in Chinese (else in English)
 */
public record Shopper(int index, String id, double[] tastes, double visitWeight, double priceSensitivity,
        boolean chinese) {

    public String language() {
        return chinese ? "zh" : "en";
    }
}
