package io.shopmind.inventory.sku;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import io.shopmind.model.problem.FieldError;
import io.shopmind.servicesupport.problem.InvalidInputException;
import io.shopmind.servicesupport.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/inventory/skus}: the replenishment parameters buyers set per SKU. */
@RestController
@RequestMapping("/api/v1/inventory/skus")
public class SkuController {

    /** SKU codes as they appear in paths and events. */
    public static final String SKU_PATTERN = "[A-Za-z0-9._:-]{1,64}";

    private final SkuRepository skus;
    private final Clock clock;

    public SkuController(SkuRepository skus, Clock clock) {
        this.skus = skus;
        this.clock = clock;
    }

    @Operation(summary = "Create or replace a SKU's replenishment parameters")
    @PutMapping("/{sku}")
    @Transactional
    public SkuView put(@PathVariable @Pattern(regexp = SKU_PATTERN) String sku,
            @Valid @RequestBody SkuRequest request) {
        Sku entity = skus.findById(sku).orElseGet(() -> new Sku(sku));
        entity.update(request, clock.instant());
        return SkuView.of(skus.save(entity));
    }

    @Operation(summary = "A SKU's replenishment parameters")
    @GetMapping("/{sku}")
    public SkuView get(@PathVariable @Size(min = 1, max = 64) String sku) {
        return skus.findById(sku).map(SkuView::of).orElseThrow(() -> new NotFoundException("No SKU " + sku));
    }

    @Operation(summary = "SKUs in code order, optionally of one supplier")
    @GetMapping
    public List<SkuView> list(@RequestParam(required = false) @Size(min = 1, max = 200) String supplier,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        Limit bounded = Limit.of(limit);
        List<Sku> found = supplier == null ? skus.findAllByOrderBySku(bounded)
                : skus.findBySupplierOrderBySku(supplier, bounded);
        return found.stream().map(SkuView::of).toList();
    }
}
