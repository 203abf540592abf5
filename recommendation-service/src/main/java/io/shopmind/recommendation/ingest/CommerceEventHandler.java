package io.shopmind.recommendation.ingest;

import io.shopmind.model.event.CatalogItemUpserted;
import io.shopmind.model.event.EventEnvelope;
import io.shopmind.model.event.EventType;
import io.shopmind.recommendation.catalog.Catalogue;
import io.shopmind.recommendation.catalog.CatalogueStore;
import io.shopmind.recommendation.interaction.EventWeights;
import io.shopmind.servicesupport.event.EventHandler;
import io.shopmind.servicesupport.event.EventRejectedException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores views, carts and orders as interactions and catalogue upserts in the catalogue view. Runs inside the
 * intake's transaction; interactions then go to {@link InteractionListener}s (conversion tracking) in the same
 * transaction. An event too incomplete to use (no sku, no shopper; the gateway refuses these, so only direct intake
 * can bring one) is rejected whole and dead-lettered, never dropped.
 */
@Component
public class CommerceEventHandler implements EventHandler {

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
        for (EventEnvelope event : newEvents) {
            switch (event.type()) {
                case ProductViewed, AddedToCart -> {
                    Map<String, Object> payload = event.payload();
                    String kind = event.type() == EventType.ProductViewed ? InteractionKind.VIEW : InteractionKind.CART;
                    add(stored, text(payload, "customerId"), text(payload, "sessionId"), text(payload, "sku"), kind,
                            event, null);
                }
                case OrderPlaced -> {
                    Map<String, Object> order = event.payload();
                    String customerId = text(order, "customerId");
                    String orderId = text(order, "orderId");
                    if (!(order.get("lines") instanceof List<?> lines) || lines.isEmpty()) {
                        throw incomplete(event, "no order lines");
                    }
                    for (Object line : lines) {
                        add(stored, customerId, null, line instanceof Map<?, ?> fields ? text(fields, "sku") : null,
                                InteractionKind.PURCHASE, event, orderId);
                    }
                }
                case CatalogItemUpserted -> {
                    CatalogItemUpserted item = catalogItem(event);
                    if (blank(item.sku())) {
                        throw incomplete(event, "no sku");
                    }
                    upserts.add(new CatalogueStore.Upsert(item, event.occurredAt()));
                }
                default -> { }
            }
        }
        interactions.insert(stored);
        if (!upserts.isEmpty()) {
            catalogueStore.upsert(upserts);
            // reloaded as soon as the change is visible, so the next request ranks the new catalogue
            AfterCommit.run(catalogue::reload);
        }
        for (InteractionListener listener : listeners) {
            listener.stored(stored);
        }
    }

    private void add(List<Interaction> stored, String customerId, String sessionId, String sku, String kind,
            EventEnvelope event, String basket) {
        if (blank(sku) || (blank(customerId) && blank(sessionId))) {
            throw incomplete(event, blank(sku) ? "no sku" : "no customerId or sessionId");
        }
        stored.add(new Interaction(blank(customerId) ? null : customerId, blank(sessionId) ? null : sessionId, sku,
                kind, (float) weights.weightOf(kind), event.occurredAt(), basket));
    }

    private CatalogItemUpserted catalogItem(EventEnvelope event) {
        try {
            return json.convertValue(event.payload(), CatalogItemUpserted.class);
        } catch (IllegalArgumentException | JacksonException e) {
            throw incomplete(event, "an unreadable payload");
        }
    }

    private static EventRejectedException incomplete(EventEnvelope event, String what) {
        return new EventRejectedException(event.eventId(), "incomplete-event", "The " + event.type() + " event "
                + event.eventId() + " has " + what + ", so it names no interaction to learn from.");
    }

    /**
     * A payload field as text, read straight from the parsed map: binding each of thousands of payloads to its record
     * costs more than the rest of the handler. Numbers and booleans read as their text, as binding would; anything
     * else counts as missing.
     */
    private static String text(Map<?, ?> payload, String field) {
        Object value = payload.get(field);
        return value instanceof String || value instanceof Number || value instanceof Boolean ? value.toString() : null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
