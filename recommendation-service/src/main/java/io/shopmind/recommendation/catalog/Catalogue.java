package io.shopmind.recommendation.catalog;

import io.shopmind.recommendation.interaction.IdIndex;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The catalogue in memory, as serving reads it on every request. Reloaded when this replica stored a change, and
 * every half minute for changes other replicas stored.
 */
@Component
public class Catalogue {

    private static final long FULL_RELOAD_MILLIS = 30_000;

    private final CatalogueStore store;
    private final AtomicReference<Map<String, CatalogItem>> bySku = new AtomicReference<>(Map.of());
    // per model item index (identity), dropped on every reload
    private final Map<IdIndex, Aligned> aligned = new ConcurrentHashMap<>();

    public Catalogue(CatalogueStore store) {
        this.store = store;
    }

    /** The catalogue's attributes laid out along a model's item index, for masks in the scoring loop. */
    public record Attributes(String[] categories, String[] brands, boolean[] inactive, CatalogItem[] items) {
    }

    private record Aligned(Map<String, CatalogItem> snapshot, IdIndex index, Attributes attributes) {
    }

    public CatalogItem item(String sku) {
        return bySku.get().get(sku);
    }

    @Scheduled(fixedDelay = FULL_RELOAD_MILLIS)
    public void reload() {
        Map<String, CatalogItem> fresh = new HashMap<>();
        for (CatalogItem item : store.all()) {
            fresh.put(item.sku(), item);
        }
        bySku.set(Map.copyOf(fresh));
        aligned.clear();
    }

    /** The attributes of every item of {@code index}; computed once per catalogue snapshot and model. */
    public Attributes alignedWith(IdIndex index) {
        Map<String, CatalogItem> snapshot = bySku.get();
        Aligned current = aligned.get(index);
        if (current != null && current.snapshot() == snapshot) {
            return current.attributes();
        }
        int n = index.size();
        String[] categories = new String[n];
        String[] brands = new String[n];
        boolean[] inactive = new boolean[n];
        CatalogItem[] items = new CatalogItem[n];
        for (int i = 0; i < n; i++) {
            CatalogItem item = snapshot.get(index.idOf(i));
            if (item != null) {
                items[i] = item;
                categories[i] = item.category();
                brands[i] = item.brand();
                inactive[i] = !item.active();
            }
        }
        Attributes attributes = new Attributes(categories, brands, inactive, items);
        aligned.put(index, new Aligned(snapshot, index, attributes));
        return attributes;
    }
}
