package io.shopmind.recommendation.serving;

import io.shopmind.recommendation.ingest.AfterCommit;
import io.shopmind.recommendation.ingest.Interaction;
import io.shopmind.recommendation.ingest.InteractionListener;
import io.shopmind.recommendation.ingest.InteractionProperties;
import io.shopmind.recommendation.ingest.InteractionStore;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Signed-in shoppers' recent interactions, kept a few seconds so a shopper browsing page after page costs one
 * database read, not one per list. An event batch or import stored on this replica drops the affected entries when
 * it commits, so here a new event counts at once; a change stored on another replica counts once the entry
 * expires ({@code shopmind.recommendation.serving.history-cache-ttl}).
 */
@Component
public class ShopperHistory implements InteractionListener {

    private static final int MAX_SHOPPERS = 50_000;

    private record Entry(List<Interaction> interactions, long expiresAt) {
    }

    private final InteractionStore store;
    private final int historySize;
    private final long ttlNanos;
    private final ConcurrentHashMap<String, Entry> byCustomer = new ConcurrentHashMap<>();

    public ShopperHistory(InteractionStore store, InteractionProperties interactions, ServingProperties serving) {
        this.store = store;
        this.historySize = interactions.historySize();
        this.ttlNanos = serving.historyCacheTtl().toNanos();
    }

    /** The shopper's most recent interactions, newest first. */
    public List<Interaction> ofCustomer(String customerId) {
        long now = System.nanoTime();
        Entry entry = byCustomer.get(customerId);
        if (entry != null && now - entry.expiresAt() < 0) {
            return entry.interactions();
        }
        List<Interaction> interactions = List.copyOf(store.ofCustomer(customerId, historySize));
        if (ttlNanos > 0) {
            if (byCustomer.size() >= MAX_SHOPPERS) {
                byCustomer.values().removeIf(e -> now - e.expiresAt() >= 0);
                if (byCustomer.size() >= MAX_SHOPPERS) {
                    byCustomer.clear();
                }
            }
            byCustomer.put(customerId, new Entry(interactions, now + ttlNanos));
        }
        return interactions;
    }

    @Override
    public void stored(List<Interaction> interactions) {
        Set<String> customers = new HashSet<>();
        for (Interaction interaction : interactions) {
            if (interaction.customerId() != null) {
                customers.add(interaction.customerId());
            }
        }
        if (!customers.isEmpty()) {
            // now, and again once committed: a read racing the commit must not keep the old history
            byCustomer.keySet().removeAll(customers);
            AfterCommit.run(() -> byCustomer.keySet().removeAll(customers));
        }
    }

    @Override
    public void imported() {
        byCustomer.clear();
        AfterCommit.run(byCustomer::clear);
    }
}
