package io.shopmind.pricing.book;

import io.shopmind.model.problem.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The checks every price book entry passes, from the API and from an import alike: a currency ISO 4217 knows,
 * floor &le; ceiling, and a price inside the floor and ceiling, at or above MAP, and above cost by the margin floor.
 */
public final class PriceBookRules {

    /** SKU codes as they appear in paths, events and files. */
    public static final String SKU_PATTERN = "[A-Za-z0-9._:-]{1,64}";

    private PriceBookRules() {
    }

    public static List<FieldError> problems(String sku, PriceBookRequest entry) {
        List<FieldError> errors = new ArrayList<>();
        if (sku == null || !sku.matches(SKU_PATTERN)) {
            errors.add(new FieldError("sku", "must match " + SKU_PATTERN));
        }
        if (entry.currency() != null && !knownCurrency(entry.currency())) {
            errors.add(new FieldError("currency", "'" + entry.currency() + "' is not an ISO 4217 currency"));
        }
        BigDecimal price = entry.price();
        if (entry.floorPrice() != null && entry.ceilingPrice() != null
                && entry.floorPrice().compareTo(entry.ceilingPrice()) > 0) {
            errors.add(new FieldError("floorPrice", "is above the ceilingPrice " + entry.ceilingPrice().toPlainString()));
        }
        if (price == null) {
            return errors;
        }
        if (entry.floorPrice() != null && price.compareTo(entry.floorPrice()) < 0) {
            errors.add(new FieldError("price", "is below the floorPrice " + entry.floorPrice().toPlainString()));
        }
        if (entry.ceilingPrice() != null && price.compareTo(entry.ceilingPrice()) > 0) {
            errors.add(new FieldError("price", "is above the ceilingPrice " + entry.ceilingPrice().toPlainString()));
        }
        if (entry.mapPrice() != null && price.compareTo(entry.mapPrice()) < 0) {
            errors.add(new FieldError("price", "is below the minimum advertised price "
                    + entry.mapPrice().toPlainString()));
        }
        if (entry.minMargin() != null && entry.unitCost() != null) {
            BigDecimal lowest = marginFloor(entry.unitCost(), entry.minMargin());
            if (price.compareTo(lowest) < 0) {
                errors.add(new FieldError("price", "is below cost " + entry.unitCost().toPlainString()
                        + " plus the margin floor of " + entry.minMargin() + " (at least " + lowest.toPlainString()
                        + ")"));
            }
        }
        return errors;
    }

    /** The lowest price that keeps {@code minMargin} of it above cost: cost / (1 &minus; minMargin). */
    public static BigDecimal marginFloor(BigDecimal unitCost, double minMargin) {
        return unitCost.divide(BigDecimal.valueOf(1 - minMargin), 2, java.math.RoundingMode.CEILING);
    }

    static boolean knownCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
