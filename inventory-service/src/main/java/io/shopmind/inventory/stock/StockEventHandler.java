package io.shopmind.inventory.stock;

import io.shopmind.inventory.InventoryProperties;
import io.shopmind.model.event.EventEnvelope;
import io.shopmind.model.event.EventType;
import io.shopmind.model.event.OrderLine;
import io.shopmind.model.event.OrderPlaced;
import io.shopmind.model.event.StockAdjusted;
import io.shopmind.model.event.StockReceived;
import io.shopmind.servicesupport.event.EventHandler;
import io.shopmind.servicesupport.event.EventRejectedException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moves stock on the storefront's events, each event whole or not at all. An order for more than is on hand ships
 * what there is and backorders the rest (a shortfall); stock that arrives is always counted, for known and new SKUs
 * alike. What inventory cannot apply is rejected, and the intake dead-letters that event alone, to be replayed once
 * fixed: an order with a line for a SKU inventory does not know ({@code unknown-sku}, the whole order), a count
 * correction of an unknown SKU ({@code unknown-sku}) or one that would take stock below zero
 * ({@code stock-below-zero}), a payload that cannot be read ({@code unreadable-payload}).
 */
@Component
public class StockEventHandler implements EventHandler {

    private final StockLedger ledger;
    private final JsonMapper json;
    private final Optional<PurchaseOrderReceiving> purchaseOrders;
    private final String defaultWarehouse;

    public StockEventHandler(StockLedger ledger, JsonMapper json, Optional<PurchaseOrderReceiving> purchaseOrders,
            InventoryProperties properties) {
        this.ledger = ledger;
        this.json = json;
        this.purchaseOrders = purchaseOrders;
        this.defaultWarehouse = properties.defaultWarehouse();
    }

    @Override
    public Set<EventType> types() {
        return Set.of(EventType.OrderPlaced, EventType.StockReceived, EventType.StockAdjusted);
    }

    @Override
    public void handle(List<EventEnvelope> newEvents) {
        List<Consumer<Map<StockLedger.Key, StockLevel>>> steps = new ArrayList<>();
        Set<StockLedger.Key> opened = new LinkedHashSet<>();
        Set<StockLedger.Key> touched = new LinkedHashSet<>();
        for (EventEnvelope event : newEvents) {
            try {
                read(event, steps, opened, touched);
            } catch (IllegalArgumentException | JacksonException e) {
                throw new EventRejectedException(event.eventId(), "unreadable-payload",
                        "The " + event.type() + " payload cannot be read: " + e.getMessage());
            }
        }
        ledger.open(opened);
        // the batch's positions, locked, as the steps leave them
        Map<StockLedger.Key, StockLevel> levels = ledger.lock(touched);
        steps.forEach(step -> step.accept(levels));
    }

    private void read(EventEnvelope event, List<Consumer<Map<StockLedger.Key, StockLevel>>> steps,
            Set<StockLedger.Key> opened, Set<StockLedger.Key> touched) {
        UUID id = event.eventId();
        switch (event.type()) {
            case OrderPlaced -> {
                OrderPlaced order = json.convertValue(event.payload(), OrderPlaced.class);
                for (OrderLine line : require(order.lines(), "lines")) {
                    if (line == null) {
                        throw new IllegalArgumentException("an order line is empty");
                    }
                    StockLedger.Key key = key(line.sku(), order.warehouse());
                    positive(line.quantity(), "quantity");
                    touched.add(key);
                    steps.add(levels -> sell(levels, key, line.quantity(), order.orderId(), id));
                }
            }
            case StockReceived -> {
                StockReceived receipt = json.convertValue(event.payload(), StockReceived.class);
                StockLedger.Key key = key(receipt.sku(), receipt.warehouse());
                positive(receipt.quantity(), "quantity");
                opened.add(key);
                touched.add(key);
                steps.add(levels -> receive(levels, key, receipt, id));
            }
            case StockAdjusted -> {
                StockAdjusted adjustment = json.convertValue(event.payload(), StockAdjusted.class);
                StockLedger.Key key = key(adjustment.sku(), adjustment.warehouse());
                if (adjustment.delta() > 0) {
                    opened.add(key);
                }
                touched.add(key);
                steps.add(levels -> adjust(levels, key, adjustment, id));
            }
            default -> {
                // not a stock event
            }
        }
    }

    private void sell(Map<StockLedger.Key, StockLevel> levels, StockLedger.Key key, long quantity, String orderId,
            UUID eventId) {
        StockLevel level = levels.get(key);
        if (level == null) {
            if (ledger.knows(key.sku())) {
                // a known SKU with no stock in this warehouse yet: keep the backorder on a new position
                ledger.open(List.of(key));
                levels.putAll(ledger.lock(List.of(key)));
                sell(levels, key, quantity, orderId, eventId);
                return;
            }
            throw new EventRejectedException(eventId, "unknown-sku", "Order " + orderId + " has a line for "
                    + key.sku() + ", which inventory does not know; set the SKU up or receive stock, then replay.");
        }
        long shipped = Math.min(level.onHand(), quantity);
        long reservedAfter = Math.min(level.reserved(), level.onHand() - shipped);
        StockLedger.Movement sale = ledger.move(level, MovementKind.SALE, quantity, -shipped,
                reservedAfter - level.reserved(), orderId, eventId, null);
        long backordered = quantity - shipped;
        if (backordered > 0) {
            ledger.backorder(level, backordered);
            ledger.recordShortfall(key, backordered, ShortfallReason.INSUFFICIENT_STOCK, orderId, eventId);
        }
        levels.put(key, StockLedger.after(level, sale, level.backordered() + backordered));
    }

    private void receive(Map<StockLedger.Key, StockLevel> levels, StockLedger.Key key, StockReceived receipt,
            UUID eventId) {
        long quantity = receipt.quantity();
        levels.put(key, ledger.receive(levels.get(key), quantity, receipt.purchaseOrderId(), eventId));
        if (receipt.purchaseOrderId() != null && !receipt.purchaseOrderId().isBlank()) {
            purchaseOrders.ifPresent(orders -> orders.receivedFromEvent(receipt.purchaseOrderId(), key.sku(),
                    key.warehouse(), quantity));
        }
    }

    private void adjust(Map<StockLedger.Key, StockLevel> levels, StockLedger.Key key, StockAdjusted adjustment,
            UUID eventId) {
        StockLevel level = levels.get(key);
        long delta = adjustment.delta();
        if (level == null) {
            if (delta < 0) {
                throw new EventRejectedException(eventId, "unknown-sku", "A count correction of " + delta + " for "
                        + key.sku() + " in " + key.warehouse() + ", where inventory holds no stock of it.");
            }
            return;
        }
        if (level.onHand() + delta < 0) {
            throw new EventRejectedException(eventId, "stock-below-zero", "A count correction of " + delta + " for "
                    + key.sku() + " in " + key.warehouse() + " would take " + level.onHand()
                    + " on hand below zero.");
        }
        long reservedAfter = Math.min(level.reserved(), level.onHand() + delta);
        StockLedger.Movement movement = ledger.move(level, MovementKind.ADJUSTMENT, delta, delta,
                reservedAfter - level.reserved(), adjustment.reason(), eventId, null);
        levels.put(key, StockLedger.after(level, movement, level.backordered()));
    }

    private StockLedger.Key key(String sku, String warehouse) {
        if (sku == null || sku.isBlank()) {
            throw new IllegalArgumentException("sku is missing");
        }
        return new StockLedger.Key(sku, warehouse == null || warehouse.isBlank() ? defaultWarehouse : warehouse);
    }

    private static <T> List<T> require(List<T> list, String name) {
        if (list == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return list;
    }

    private static void positive(int quantity, String name) {
        if (quantity <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + quantity);
        }
    }
}
