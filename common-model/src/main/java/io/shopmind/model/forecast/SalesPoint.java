package io.shopmind.model.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Sales in one period, with the price and promotion flag when known. */
public record SalesPoint(LocalDate ds, double y, BigDecimal price, Boolean promo) {
}
