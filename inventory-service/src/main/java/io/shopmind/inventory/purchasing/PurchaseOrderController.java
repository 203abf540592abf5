package io.shopmind.inventory.purchasing;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import io.shopmind.servicesupport.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/inventory/purchase-orders}: orders from approved plans, and their receipts. */
@RestController
@RequestMapping("/api/v1/inventory/purchase-orders")
public class PurchaseOrderController {

    private final PurchaseOrderRepository orders;
    private final Purchasing purchasing;

    public PurchaseOrderController(PurchaseOrderRepository orders, Purchasing purchasing) {
        this.orders = orders;
        this.purchasing = purchasing;
    }

    @Operation(summary = "Recent purchase orders, optionally of one status")
    @GetMapping
    @Transactional(readOnly = true)
    public List<PurchaseOrderView> list(@RequestParam(required = false) PurchaseOrderStatus status,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        Limit bounded = Limit.of(limit);
        List<PurchaseOrder> found = status == null ? orders.findAllByOrderByCreatedAtDesc(bounded)
                : orders.findByStatusOrderByCreatedAtDesc(status, bounded);
        return found.stream().map(PurchaseOrderView::of).toList();
    }

    @Operation(summary = "A purchase order")
    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    public PurchaseOrderView get(@PathVariable UUID id) {
        return orders.findById(id).map(PurchaseOrderView::of)
                .orElseThrow(() -> new NotFoundException("No purchase order " + id));
    }

    @Operation(summary = "Receive units against a purchase order, in part or in full",
            description = "Without lines, everything outstanding is received. Units go on hand (serving backorders "
                    + "first) and off order. 409 when more arrives than is outstanding.")
    @PostMapping("/{id}/receipts")
    public PurchaseOrderView receive(@PathVariable UUID id, @Valid @RequestBody(required = false) ReceiptRequest request) {
        return PurchaseOrderView.of(purchasing.receive(id, request == null ? null : request.lines()));
    }
}
