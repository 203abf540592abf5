package io.shopmind.inventory.stock;

import io.shopmind.servicesupport.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/inventory/movements}, {@code /positions} and {@code /shortfalls}. */
@RestController
@RequestMapping("/api/v1/inventory")
public class StockController {

    private final StockMovements movements;
    private final StockLedger ledger;

    public StockController(StockMovements movements, StockLedger ledger) {
        this.movements = movements;
        this.ledger = ledger;
    }

    @Operation(summary = "Apply stock movements, all or none",
            description = "Idempotent by the Idempotency-Key header: the same request again answers the same "
                    + "movements with replayed=true. 409 when stock would go negative, 400 for an unknown SKU.")
    @PostMapping("/movements")
    public ResponseEntity<MovementReceipt> move(@RequestHeader("Idempotency-Key") String idempotencyKey,
            @Valid @RequestBody MovementRequest request) {
        MovementReceipt receipt = movements.apply(idempotencyKey, request);
        return ResponseEntity.status(receipt.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(receipt);
    }

    @Operation(summary = "Stock positions: of one SKU in every warehouse, or of a warehouse")
    @GetMapping("/positions")
    public List<PositionView> positions(@RequestParam(required = false) String sku,
            @RequestParam(required = false) String warehouse, @RequestParam(defaultValue = "100") int limit) {
        if (sku != null) {
            List<StockLevel> levels = ledger.positionsOf(sku);
            if (levels.isEmpty() && !ledger.knows(sku)) {
                throw new NotFoundException("No SKU " + sku);
            }
            return levels.stream().filter(l -> warehouse == null || l.warehouse().equals(warehouse))
                    .map(PositionView::of).toList();
        }
        return ledger.positions(warehouse, Math.max(1, Math.min(limit, 1000))).stream().map(PositionView::of).toList();
    }

    @Operation(summary = "Recent shortfalls of a SKU: orders stock could not serve, counts below zero")
    @GetMapping("/shortfalls")
    public List<Shortfall> shortfalls(@RequestParam String sku, @RequestParam(defaultValue = "100") int limit) {
        return ledger.shortfallsOf(sku, Math.max(1, Math.min(limit, 1000)));
    }
}
