package io.shopmind.inventory.stock;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import io.shopmind.model.inventory.Positions;
import io.shopmind.model.inventory.PositionsQuery;
import io.shopmind.model.inventory.StockPosition;
import io.shopmind.servicesupport.problem.InvalidInputException;
import io.shopmind.servicesupport.problem.NotFoundException;
import io.shopmind.model.problem.FieldError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    /** SKUs one GET may name; longer lists go in the body of {@code POST /positions/query}. */
    static final int MAX_QUERY_SKUS = 100;

    private final StockMovements movements;
    private final StockLedger ledger;

    public StockController(StockMovements movements, StockLedger ledger) {
        this.movements = movements;
        this.ledger = ledger;
    }

    @Operation(summary = "Apply stock movements, all or none",
            description = "Idempotent by the Idempotency-Key header: the same request again answers the same "
                    + "movements with replayed=true. 409 when stock would go negative, 400 for an unknown SKU.")
    @ApiResponse(responseCode = "201", description = "Applied")
    @ApiResponse(responseCode = "200", description = "Applied before with the same Idempotency-Key: the same movements, replayed=true")
    @PostMapping("/movements")
    public ResponseEntity<MovementReceipt> move(@RequestHeader("Idempotency-Key") @Size(min = 1, max = 200) String idempotencyKey,
            @Valid @RequestBody MovementRequest request) {
        MovementReceipt receipt = movements.apply(idempotencyKey, request);
        return ResponseEntity.status(receipt.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(receipt);
    }

    @Operation(summary = "Stock positions: of some SKUs in every warehouse, or of a warehouse",
            description = "sku may repeat (up to " + MAX_QUERY_SKUS + "). One unknown SKU alone is a 404; of several, "
                    + "the unknown ones are left out (POST /positions/query names them).")
    @GetMapping("/positions")
    public List<StockPosition> positions(
            @RequestParam(required = false) List<@NotBlank @Size(max = 64) String> sku,
            @RequestParam(required = false) @Size(min = 1, max = 64) String warehouse,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        if (sku != null && !sku.isEmpty()) {
            if (sku.size() > MAX_QUERY_SKUS) {
                throw new InvalidInputException("Too many SKUs for one GET.", List.of(new FieldError("sku",
                        "at most " + MAX_QUERY_SKUS + " values; use POST /api/v1/inventory/positions/query")));
            }
            List<StockPosition> found = ledger.positionsOf(sku, warehouse).stream().map(StockController::view).toList();
            if (sku.size() == 1 && found.isEmpty() && !ledger.knows(sku.get(0))) {
                throw new NotFoundException("No SKU " + sku.get(0));
            }
            return found;
        }
        return ledger.positions(warehouse, limit).stream().map(StockController::view)
                .toList();
    }

    @Operation(summary = "Stock positions of many SKUs in one call",
            description = "For services and lists too long for a query string; SKUs inventory does not know are "
                    + "listed in unknown.")
    @PostMapping("/positions/query")
    public Positions query(@Valid @RequestBody PositionsQuery query) {
        Set<String> asked = new LinkedHashSet<>(query.skus());
        List<StockPosition> found = ledger.positionsOf(asked, query.warehouse()).stream().map(StockController::view)
                .toList();
        Set<String> known = ledger.known(asked);
        return new Positions(found, asked.stream().filter(sku -> !known.contains(sku)).toList());
    }

    @Operation(summary = "Recent shortfalls of a SKU: orders stock could not serve, counts below zero")
    @GetMapping("/shortfalls")
    public List<Shortfall> shortfalls(@RequestParam @Size(min = 1, max = 64) String sku,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return ledger.shortfallsOf(sku, limit);
    }

    private static StockPosition view(StockLevel level) {
        return new StockPosition(level.sku(), level.warehouse(), level.onHand(), level.onOrder(), level.reserved(),
                level.backordered(), level.available(), level.inventoryPosition(), level.updatedAt());
    }
}
