package io.shopmind.twin.event;

import java.time.Instant;
import java.util.List;

/** One thing that happened in the shop, at a time of the simulated clock. */
public sealed interface ShopEvent {

    /** When it happened on the simulated clock. */
    Instant at();

    /** A SKU listed, or its shelf price changed. */
    record Listed(Instant at, String sku, String name, String category, String brand, double price) implements ShopEvent {
    }

    record Viewed(Instant at, String sku, String shopper, String session) implements ShopEvent {
    }

    record CartAdded(Instant at, String sku, String shopper, String session, int quantity) implements ShopEvent {
    }

    /** An order; {@code promoted} says a promotion's coupon was applied to its prices. */
    record Ordered(Instant at, String orderId, String shopper, List<Line> lines, boolean promoted)
            implements ShopEvent {

        public Ordered {
            lines = List.copyOf(lines);
        }
    }

    /** One line of an order, at the unit price paid. */
    record Line(String sku, int quantity, double unitPrice) {
    }

    /** SHIPPED, DELIVERED or RETURNED. */
    record StatusChanged(Instant at, String orderId, String status) implements ShopEvent {
    }

    /** Stock arrived from a supplier (against a purchase order, or the opening stock with a null order). */
    record Received(Instant at, String sku, int quantity, String purchaseOrderId) implements ShopEvent {
    }

    record CompetitorPriced(Instant at, String sku, String competitor, double price) implements ShopEvent {
    }
}
