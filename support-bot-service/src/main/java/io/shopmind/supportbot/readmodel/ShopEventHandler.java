package io.shopmind.supportbot.readmodel;

import io.shopmind.model.event.CatalogItemUpserted;
import io.shopmind.model.event.EventEnvelope;
import io.shopmind.model.event.EventType;
import io.shopmind.model.event.OrderPlaced;
import io.shopmind.model.event.OrderStatusChanged;
import io.shopmind.servicesupport.event.EventHandler;
import io.shopmind.servicesupport.event.EventRejectedException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the catalogue and the orders' status from the storefront's events, in the intake's transaction. Events may
 * arrive out of order: the newest fact by {@code occurredAt} wins. An event whose payload cannot be read, or lacks
 * the order or SKU it is about, is rejected ({@code unreadable-payload}) and the intake dead-letters it alone, to be
 * replayed once fixed.
 */
@Component
public class ShopEventHandler implements EventHandler {

    private final ReadModelRepository repository;
    private final JsonMapper json;

    public ShopEventHandler(ReadModelRepository repository, JsonMapper json) {
        this.repository = repository;
        this.json = json;
    }

    @Override
    public Set<EventType> types() {
        return Set.of(EventType.CatalogItemUpserted, EventType.OrderPlaced, EventType.OrderStatusChanged);
    }

    @Override
    public void handle(List<EventEnvelope> newEvents) {
        for (EventEnvelope event : newEvents) {
            try {
                apply(event);
            } catch (IllegalArgumentException | JacksonException e) {
                throw new EventRejectedException(event.eventId(), "unreadable-payload",
                        "The " + event.type() + " payload cannot be read: " + e.getMessage());
            }
        }
    }

    private void apply(EventEnvelope event) {
        switch (event.type()) {
            case CatalogItemUpserted -> {
                CatalogItemUpserted item = json.convertValue(event.payload(), CatalogItemUpserted.class);
                require(item.sku(), "sku");
                String name = item.name() == null || item.name().isBlank() ? item.sku() : item.name();
                repository.upsertItem(new CatalogItem(item.sku(), name, item.category(), item.active()),
                        event.occurredAt());
            }
            case OrderPlaced -> {
                OrderPlaced order = json.convertValue(event.payload(), OrderPlaced.class);
                require(order.orderId(), "orderId");
                repository.placeOrder(order.orderId(), order.customerId(), event.occurredAt(),
                        json.writeValueAsString(order.lines() == null ? List.of() : order.lines()));
            }
            case OrderStatusChanged -> {
                OrderStatusChanged change = json.convertValue(event.payload(), OrderStatusChanged.class);
                require(change.orderId(), "orderId");
                require(change.status(), "status");
                repository.changeStatus(change.orderId(), change.status().toUpperCase(Locale.ROOT),
                        event.occurredAt());
            }
            default -> throw new IllegalStateException("not an event type the bot keeps: " + event.type());
        }
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
    }
}
