package io.shopmind.pricing.guardrail;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a SKU's selling price ends: to the cent as computed, in .99, in .95, or a whole amount. */
public enum PriceEnding {
    NONE, ENDING_99, ENDING_95, WHOLE;

    /** The price to the cent. */
    public static BigDecimal cents(BigDecimal price) {
        return price.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The prices with this ending nearest below and above {@code price}: {lower, upper}, lower null when there is
     * none above zero. For {@link #NONE} both are the price to the cent.
     */
    public BigDecimal[] around(BigDecimal price) {
        if (this == NONE) {
            BigDecimal cents = cents(price);
            return new BigDecimal[] {cents, cents};
        }
        if (this == WHOLE) {
            BigDecimal down = price.setScale(0, RoundingMode.FLOOR).setScale(2);
            BigDecimal up = price.setScale(0, RoundingMode.CEILING).setScale(2);
            return new BigDecimal[] {down.signum() > 0 ? down : null, up};
        }
        BigDecimal ending = this == ENDING_99 ? new BigDecimal("0.99") : new BigDecimal("0.95");
        BigDecimal candidate = price.setScale(0, RoundingMode.FLOOR).add(ending);
        BigDecimal lower = candidate.compareTo(price) <= 0 ? candidate : candidate.subtract(BigDecimal.ONE);
        return new BigDecimal[] {lower.signum() > 0 ? lower : null, lower.add(BigDecimal.ONE)};
    }
}
