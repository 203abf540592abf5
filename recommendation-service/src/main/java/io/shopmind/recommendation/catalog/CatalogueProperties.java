package io.shopmind.recommendation.catalog;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param priceBands ascending upper bounds of the price bands; {@code [25, 100]} gives {@code 0-25},
 *                   {@code 25-100} and {@code 100+}
 */
@ConfigurationProperties("shopmind.recommendation.catalogue")
public record CatalogueProperties(List<BigDecimal> priceBands) {

    public CatalogueProperties {
        priceBands = priceBands == null || priceBands.isEmpty()
                ? List.of(new BigDecimal("25"), new BigDecimal("100"))
                : List.copyOf(priceBands);
    }

    /** The band a price falls in, or null without a price. */
    public String bandOf(BigDecimal price) {
        if (price == null) {
            return null;
        }
        BigDecimal lower = BigDecimal.ZERO;
        for (BigDecimal upper : priceBands) {
            if (price.compareTo(upper) < 0) {
                return lower.toPlainString() + "-" + upper.toPlainString();
            }
            lower = upper;
        }
        return lower.toPlainString() + "+";
    }
}
