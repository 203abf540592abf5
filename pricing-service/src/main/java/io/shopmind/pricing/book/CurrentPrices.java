package io.shopmind.pricing.book;

import io.shopmind.model.pricing.CurrentPrice;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The storefront's prices, served from memory: the whole price book loaded at start, an entry replaced as soon as
 * a change of it commits on this replica, and what other replicas changed read every few seconds (rows updated
 * since the last look, with a margin for clocks and transactions that committed late).
 */
@Component
public class CurrentPrices implements SmartInitializingSingleton {

    private static final Duration OVERLAP = Duration.ofSeconds(10);

    private final PriceBookStore store;
    private final Map<String, CurrentPrice> bySku = new ConcurrentHashMap<>();
    private volatile Instant lastLook = Instant.EPOCH;

    public CurrentPrices(PriceBookStore store) {
        this.store = store;
    }

    @Override
    public void afterSingletonsInstantiated() {
        refresh();
    }

    public CurrentPrice get(String sku) {
        return bySku.get(sku);
    }

    /** The known prices in the order asked, and the SKUs the price book does not hold. */
    public Lookup lookup(List<String> skus) {
        List<CurrentPrice> prices = new ArrayList<>(skus.size());
        List<String> unknown = new ArrayList<>();
        for (String sku : skus) {
            CurrentPrice price = bySku.get(sku);
            if (price != null) {
                prices.add(price);
            } else {
                unknown.add(sku);
            }
        }
        return new Lookup(prices, unknown);
    }

    /** Replaces the entry once the caller's transaction commits, or now when there is none. */
    void afterCommit(PriceBookEntry entry) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    bySku.put(entry.sku(), entry.currentPrice());
                }
            });
        } else {
            bySku.put(entry.sku(), entry.currentPrice());
        }
    }

    @Scheduled(fixedDelayString = "${shopmind.pricing.cache-refresh:3s}", initialDelayString = "${shopmind.pricing.cache-refresh:3s}")
    public void refresh() {
        Instant look = Instant.now();
        for (PriceBookEntry entry : store.changedSince(lastLook.minus(OVERLAP))) {
            bySku.put(entry.sku(), entry.currentPrice());
        }
        lastLook = look;
    }

    public int size() {
        return bySku.size();
    }

    public record Lookup(List<CurrentPrice> prices, List<String> unknown) {
    }
}
