package io.shopmind.model.inventory;

import java.util.List;

/** The answer to a positions query: one position per known SKU and warehouse, and the SKUs inventory does not know. */
public record Positions(List<StockPosition> positions, List<String> unknown) {
}
