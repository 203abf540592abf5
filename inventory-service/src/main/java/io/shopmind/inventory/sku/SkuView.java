package io.shopmind.inventory.sku;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;

/** A SKU's replenishment parameters as the API shows them; amounts as decimal strings in {@code currency}. */
public record SkuView(
        String sku,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string", format = "decimal") BigDecimal unitCost,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string", format = "decimal") BigDecimal orderingCost,
        double holdingCostRate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string", format = "decimal") BigDecimal stockoutCost,
        Double serviceLevel,
        double leadTimeMeanDays,
        double leadTimeSdDays,
        int moq,
        int casePack,
        double unitVolume,
        String supplier,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string", format = "decimal") BigDecimal supplierMinOrderValue,
        Instant updatedAt) {

    static SkuView of(Sku s) {
        return new SkuView(s.sku(), s.currency(), money(s.unitCost()), money(s.orderingCost()), s.holdingCostRate(),
                money(s.stockoutCost()), s.serviceLevel(), s.leadTimeMeanDays(), s.leadTimeSdDays(), s.moq(),
                s.casePack(), s.unitVolume(), s.supplier(), money(s.supplierMinOrderValue()), s.updatedAt());
    }

    /** Cents at least, more digits only where the amount has them: 10.0000 is shown as 10.00. */
    public static BigDecimal money(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.setScale(Math.max(2, stripped.scale()));
    }
}
