package io.shopmind.pricing.book;

import java.math.BigDecimal;

/** Amounts as the API writes them: without trailing zeros past the cents, and with two decimals at least. */
public final class Amounts {

    private Amounts() {
    }

    public static BigDecimal normalize(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }
}
