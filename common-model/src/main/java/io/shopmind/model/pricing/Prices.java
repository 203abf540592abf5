package io.shopmind.model.pricing;

import java.util.List;

/** The answer to a price query: the prices of the SKUs in the price book, and the SKUs it does not hold. */
public record Prices(List<CurrentPrice> prices, List<String> unknown) {
}
