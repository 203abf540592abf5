package io.shopmind.model.forecast;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Sales in one period, with the price (a decimal string, in the shop's currency) and promotion flag when known. */
public record SalesPoint(LocalDate ds, double y, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price,
        Boolean promo) {
}
