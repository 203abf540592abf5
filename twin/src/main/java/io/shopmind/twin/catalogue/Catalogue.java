package io.shopmind.twin.catalogue;

import java.util.List;

/** The SKUs, what the shop knows of them and the truth behind them, index for index. */
public record Catalogue(List<Category> categories, List<Sku> skus, List<SkuTruth> truths) {

    public Catalogue {
        categories = List.copyOf(categories);
        skus = List.copyOf(skus);
        truths = List.copyOf(truths);
        if (skus.size() != truths.size()) {
            throw new IllegalArgumentException("one truth per SKU");
        }
    }

    public int size() {
        return skus.size();
    }

    public Sku sku(int index) {
        return skus.get(index);
    }

    public SkuTruth truth(int index) {
        return truths.get(index);
    }

    public int categoryIndex(Sku sku) {
        for (int c = 0; c < categories.size(); c++) {
            if (categories.get(c).name().equals(sku.category())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown category " + sku.category());
    }
}
