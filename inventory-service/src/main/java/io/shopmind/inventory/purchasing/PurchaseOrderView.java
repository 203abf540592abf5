package io.shopmind.inventory.purchasing;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonFormat;
import io.shopmind.inventory.sku.SkuView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A purchase order as the API shows it; amounts as decimal strings in {@code currency}.
 *
 * @param belowSupplierMinimum the order's value is under the supplier's minimum order value
 */
public record PurchaseOrderView(UUID id, UUID planId, String supplier, String warehouse, String currency,
        PurchaseOrderStatus status, LocalDate orderDate, LocalDate expectedAt, boolean belowSupplierMinimum,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string", format = "decimal") BigDecimal total, Instant createdAt, List<Line> lines) {

    @Schema(name = "PurchaseOrderLineView")
    public record Line(String sku, long quantityOrdered, long quantityReceived, long outstanding,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string", format = "decimal") BigDecimal unitCost) {
    }

    public static PurchaseOrderView of(PurchaseOrder o) {
        return new PurchaseOrderView(o.id(), o.planId(), o.supplier(), o.warehouse(), o.currency(), o.status(),
                o.orderDate(), o.expectedAt(), o.belowSupplierMinimum(), SkuView.money(o.total()), o.createdAt(),
                o.lines().stream().map(l -> new Line(l.sku(), l.quantityOrdered(), l.quantityReceived(),
                        l.outstanding(), SkuView.money(l.unitCost()))).toList());
    }
}
