package io.shopmind.pricing.guardrail;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a SKU's selling price ends: as computed, .99, .95, or a whole amount. */
public enum PriceEnding {
    NONE, ENDING_99, ENDING_95, WHOLE;

    /**
     * The nearest price with this ending at or below {@code price} (rounding down keeps the guardrails above it
     * intact), or the nearest above when there is none at or below.
     */
    public BigDecimal apply(BigDecimal price) {
        return switch (this) {
            case NONE -> price.setScale(2, RoundingMode.HALF_UP);
            case WHOLE -> price.setScale(0, RoundingMode.HALF_UP).setScale(2);
            case ENDING_99 -> ending(price, new BigDecimal("0.99"));
            case ENDING_95 -> ending(price, new BigDecimal("0.95"));
        };
    }

    /** The ending's prices on either side of {@code price}: {lower, upper}, lower null when there is none. */
    public BigDecimal[] around(BigDecimal price) {
        if (this == NONE) {
            BigDecimal cents = price.setScale(2, RoundingMode.HALF_UP);
            return new BigDecimal[] {cents, cents};
        }
        if (this == WHOLE) {
            BigDecimal down = price.setScale(0, RoundingMode.FLOOR).setScale(2);
            BigDecimal up = price.setScale(0, RoundingMode.CEILING).setScale(2);
            return new BigDecimal[] {down, up};
        }
        BigDecimal cents = this == ENDING_99 ? new BigDecimal("0.99") : new BigDecimal("0.95");
        BigDecimal whole = price.setScale(0, RoundingMode.FLOOR);
        BigDecimal candidate = whole.add(cents);
        BigDecimal lower = candidate.compareTo(price) <= 0 ? candidate : whole.subtract(BigDecimal.ONE).add(cents);
        BigDecimal upper = lower.add(BigDecimal.ONE);
        if (lower.signum() <= 0) {
            lower = null;
        }
        return new BigDecimal[] {lower, upper};
    }

    private static BigDecimal ending(BigDecimal price, BigDecimal cents) {
        BigDecimal whole = price.setScale(0, RoundingMode.FLOOR);
        BigDecimal down = whole.add(cents);
        if (down.compareTo(price) > 0) {
            down = down.subtract(BigDecimal.ONE);
        }
        return down.signum() > 0 ? down : whole.add(cents);
    }
}
