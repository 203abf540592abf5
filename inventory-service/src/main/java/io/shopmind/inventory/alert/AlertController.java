package io.shopmind.inventory.alert;

import jakarta.validation.constraints.Size;
import io.shopmind.inventory.InventoryProperties;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/inventory/alerts}. */
@RestController
public class AlertController {

    private final StockAlerts alerts;
    private final InventoryProperties properties;

    public AlertController(StockAlerts alerts, InventoryProperties properties) {
        this.alerts = alerts;
        this.properties = properties;
    }

    @Operation(summary = "Stock alerts of a warehouse: below reorder point, projected stockout, excess stock",
            description = "Measured against the latest proposed or approved plan of the warehouse.")
    @GetMapping("/api/v1/inventory/alerts")
    public List<Alert> alerts(@RequestParam(required = false) @Size(min = 1, max = 64) String warehouse) {
        return alerts.of(warehouse == null ? properties.defaultWarehouse() : warehouse);
    }
}
