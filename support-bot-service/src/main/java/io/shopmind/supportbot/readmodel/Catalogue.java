package io.shopmind.supportbot.readmodel;

import io.shopmind.supportbot.SupportProperties;
import io.shopmind.supportbot.entity.ProductMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The product matcher over the active catalogue and the products' aliases, rebuilt when either has changed (checked
 * per message with one cheap query, so every replica sees the events any replica took).
 */
@Component
public class Catalogue {

    private final ReadModelRepository repository;
    private final double minScore;
    private volatile Snapshot snapshot = new Snapshot("", new ProductMatcher(List.of(), 1));

    private record Snapshot(String stamp, ProductMatcher matcher) {
    }

    public Catalogue(ReadModelRepository repository, SupportProperties properties) {
        this.repository = repository;
        this.minScore = properties.understanding().productMinScore();
    }

    public ProductMatcher matcher() {
        String stamp = repository.catalogueStamp();
        Snapshot current = snapshot;
        if (!stamp.equals(current.stamp())) {
            Map<String, List<String>> aliases = repository.aliases();
            List<ProductMatcher.Product> products = repository.activeItems().stream()
                    .map(item -> new ProductMatcher.Product(item.sku(), names(item, aliases))).toList();
            current = new Snapshot(stamp, new ProductMatcher(products, minScore));
            snapshot = current;
        }
        return current.matcher();
    }

    private static List<String> names(CatalogItem item, Map<String, List<String>> aliases) {
        List<String> names = new ArrayList<>();
        names.add(item.name());
        names.addAll(aliases.getOrDefault(item.sku(), List.of()));
        return names;
    }
}
