package io.shopmind.recommendation.ingest;

import io.shopmind.model.event.AddedToCart;
import io.shopmind.model.event.CatalogItemUpserted;
import io.shopmind.model.event.EventEnvelope;
import io.shopmind.model.event.EventType;
import io.shopmind.model.event.OrderLine;
import io.shopmind.model.event.OrderPlaced;
import io.shopmind.model.event.ProductViewed;
import io.shopmind.recommendation.catalog.Catalogue;
import io.shopmind.recommendation.catalog.CatalogueStore;
import io.shopmind.recommendation.interaction.EventWeights;
import io.shopmind.servicesupport.event.EventHandler;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores views, carts and orders as interactions and catalogue upserts in the catalogue view. Runs inside the
 * intake's transaction; interactions then go to {@link InteractionListener}s (conversion tracking) in the same
 * transaction. Events too incomplete to use (no sku, no shopper) are skipped, not refused: the batch is the
 * storefront's and other services may need it.
 */
@Component
public class CommerceEventHandler implements EventHandler {

    private static final Logger log = LoggerFactory.getLogger(CommerceEventHandler.class);

    private final JsonMapper json;
    private final InteractionStore interactions;
    private final CatalogueStore catalogueStore;
    private final Catalogue catalogue;
    private final EventWeights weights;
    private final List<InteractionListener> listeners;

    public CommerceEventHandler(JsonMapper json, InteractionStore interactions, CatalogueStore catalogueStore,
            Catalogue catalogue, InteractionProperties properties, List<InteractionListener> listeners) {
        this.json = json;
        this.interactions = interactions;
        this.catalogueStore = catalogueStore;
        this.catalogue = catalogue;
        this.weights = properties.eventWeights();
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public Set<EventType> types() {
        return EnumSet.of(EventType.CatalogItemUpserted, EventType.ProductViewed, EventType.AddedToCart,
                EventType.OrderPlaced);
    }

    @Override
    public void handle(List<EventEnvelope> newEvents) {
        List<Interaction> stored = new ArrayList<>(newEvents.size());
        List<CatalogueStore.Upsert> upserts = new ArrayList<>();
        int skipped = 0;
        for (EventEnvelope event : newEvents) {
            switch (event.type()) {
                case ProductViewed -> {
                    ProductViewed view = json.convertValue(event.payload(), ProductViewed.class);
                    skipped += add(stored, view.customerId(), view.sessionId(), view.sku(), InteractionKind.VIEW,
                            event, null);
                }
                case AddedToCart -> {
                    AddedToCart cart = json.convertValue(event.payload(), AddedToCart.class);
                    skipped += add(stored, cart.customerId(), cart.sessionId(), cart.sku(), InteractionKind.CART,
                            event, null);
                }
                case OrderPlaced -> {
                    OrderPlaced order = json.convertValue(event.payload(), OrderPlaced.class);
                    for (OrderLine line : order.lines() == null ? List.<OrderLine>of() : order.lines()) {
                        skipped += add(stored, order.customerId(), null, line == null ? null : line.sku(),
                                InteractionKind.PURCHASE, event, order.orderId());
                    }
                }
                case CatalogItemUpserted -> {
                    CatalogItemUpserted item = json.convertValue(event.payload(), CatalogItemUpserted.class);
                    if (blank(item.sku())) {
                        skipped++;
                    } else {
                        upserts.add(new CatalogueStore.Upsert(item, event.occurredAt()));
                    }
                }
                default -> { }
            }
        }
        interactions.insert(stored);
        if (!upserts.isEmpty()) {
            catalogueStore.upsert(upserts);
            // reloaded as soon as the change is visible, so the next request ranks the new catalogue
            afterCommit(catalogue::reload);
        }
        for (InteractionListener listener : listeners) {
            listener.stored(stored);
        }
        if (skipped > 0) {
            log.debug("Skipped {} events without a sku or a shopper", skipped);
        }
    }

    private int add(List<Interaction> stored, String customerId, String sessionId, String sku, String kind,
            EventEnvelope event, String basket) {
        if (blank(sku) || (blank(customerId) && blank(sessionId))) {
            return 1;
        }
        stored.add(new Interaction(blank(customerId) ? null : customerId, blank(sessionId) ? null : sessionId, sku,
                kind, (float) weights.weightOf(kind), event.occurredAt(), basket));
        return 0;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
