package io.shopmind.pricing.book;

import io.shopmind.model.pricing.CurrentPrice;
import io.shopmind.model.pricing.PriceQuery;
import io.shopmind.model.pricing.Prices;
import io.shopmind.servicesupport.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/pricing/prices}: the storefront's fast path, answered from memory ({@link CurrentPrices}) without
 * a database round trip.
 */
@RestController
public class CurrentPriceController {

    private final CurrentPrices prices;

    public CurrentPriceController(CurrentPrices prices) {
        this.prices = prices;
    }

    @Operation(summary = "The price a SKU sells at now (404 problem for a SKU not in the price book)")
    @GetMapping("/api/v1/pricing/prices/{sku}")
    public CurrentPrice price(@PathVariable String sku) {
        CurrentPrice price = prices.get(sku);
        if (price == null) {
            throw new NotFoundException("No price for SKU " + sku);
        }
        return price;
    }

    @Operation(summary = "Many SKUs' current prices; SKUs not in the price book are listed in unknown")
    @PostMapping("/api/v1/pricing/prices/query")
    public Prices query(@Valid @RequestBody PriceQuery query) {
        CurrentPrices.Lookup lookup = prices.lookup(query.skus());
        return new Prices(lookup.prices(), lookup.unknown());
    }
}
