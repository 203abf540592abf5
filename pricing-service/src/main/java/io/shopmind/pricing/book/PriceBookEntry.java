package io.shopmind.pricing.book;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.shopmind.model.event.Money;
import io.shopmind.model.pricing.CurrentPrice;
import io.shopmind.pricing.guardrail.PriceEnding;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One SKU in the price book. Amounts are in {@code currency}; the optional limits are null when the merchant set
 * none.
 *
 * @param price          the selling price now
 * @param listPrice      the regular price
 * @param unitCost       what a unit costs the shop
 * @param mapPrice       the minimum advertised price the brand allows
 * @param floorPrice     the merchant's lowest price for the SKU
 * @param ceilingPrice   the merchant's highest price for the SKU
 * @param minMargin      the margin floor as a share of the price, e.g. 0.15: price &times; (1 &minus; minMargin)
 *                       &ge; unit cost
 * @param category       the group whose elasticity a SKU with too little data of its own borrows
 * @param effectiveSince when {@code price} took effect
 */
public record PriceBookEntry(String sku, String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal listPrice,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unitCost,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal mapPrice,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal floorPrice,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal ceilingPrice,
        Double minMargin, PriceEnding priceEnding, String category, Instant effectiveSince, Instant updatedAt) {

    public CurrentPrice currentPrice() {
        return new CurrentPrice(sku, new Money(price, currency), new Money(listPrice, currency), effectiveSince);
    }

    /** The same entry selling at {@code newPrice} from {@code at}. */
    public PriceBookEntry withPrice(BigDecimal newPrice, Instant at) {
        return new PriceBookEntry(sku, currency, listPrice, newPrice, unitCost, mapPrice, floorPrice, ceilingPrice,
                minMargin, priceEnding, category, at, at);
    }
}
