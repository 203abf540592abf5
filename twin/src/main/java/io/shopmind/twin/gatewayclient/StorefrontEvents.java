package io.shopmind.twin.gatewayclient;

import io.shopmind.model.event.AddedToCart;
import io.shopmind.model.event.CatalogItemUpserted;
import io.shopmind.model.event.CompetitorPriceObserved;
import io.shopmind.model.event.EventEnvelope;
import io.shopmind.model.event.EventType;
import io.shopmind.model.event.Money;
import io.shopmind.model.event.OrderLine;
import io.shopmind.model.event.OrderPlaced;
import io.shopmind.model.event.OrderStatusChanged;
import io.shopmind.model.event.ProductViewed;
import io.shopmind.model.event.StockReceived;
import io.shopmind.twin.event.ShopEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The twin's events as the storefront sends them: common-model envelopes with ids derived from a namespace and a
 * running number, so the same run always sends the same ids (a resent batch is a duplicate, not new data).
 */
public final class StorefrontEvents {

    public static final String WAREHOUSE = "main";
    private static final TypeReference<Map<String, Object>> PAYLOAD = new TypeReference<>() { };
    private final JsonMapper json;
    private final String namespace;
    private final String currency;
    private long sequence;

    public StorefrontEvents(JsonMapper json, String namespace, String currency) {
        this.json = json;
        this.namespace = namespace;
        this.currency = currency;
    }

    public EventEnvelope envelope(ShopEvent event) {
        UUID id = UUID.nameUUIDFromBytes((namespace + "/" + sequence++).getBytes(StandardCharsets.UTF_8));
        return new EventEnvelope(id, type(event), event.at(), json.convertValue(payload(event), PAYLOAD));
    }

    private Object payload(ShopEvent event) {
        if (event instanceof ShopEvent.Listed e) {
            return new CatalogItemUpserted(e.sku(), e.name(), e.category(), e.brand(), money(e.price()), true);
        } else if (event instanceof ShopEvent.Viewed e) {
            return new ProductViewed(e.sku(), e.shopper(), e.session());
        } else if (event instanceof ShopEvent.CartAdded e) {
            return new AddedToCart(e.sku(), e.shopper(), e.session(), e.quantity());
        } else if (event instanceof ShopEvent.Ordered e) {
            return new OrderPlaced(e.orderId(), e.shopper(), WAREHOUSE, e.lines().stream()
                    .map(line -> new OrderLine(line.sku(), line.quantity(), money(line.unitPrice()))).toList());
        } else if (event instanceof ShopEvent.StatusChanged e) {
            return new OrderStatusChanged(e.orderId(), e.status());
        } else if (event instanceof ShopEvent.Received e) {
            return new StockReceived(e.sku(), WAREHOUSE, e.quantity(), e.purchaseOrderId());
        } else if (event instanceof ShopEvent.CompetitorPriced e) {
            return new CompetitorPriceObserved(e.sku(), e.competitor(), money(e.price()));
        }
        throw new IllegalArgumentException("no storefront event for " + event);
    }

    private static EventType type(ShopEvent event) {
        if (event instanceof ShopEvent.Listed) {
            return EventType.CatalogItemUpserted;
        } else if (event instanceof ShopEvent.Viewed) {
            return EventType.ProductViewed;
        } else if (event instanceof ShopEvent.CartAdded) {
            return EventType.AddedToCart;
        } else if (event instanceof ShopEvent.Ordered) {
            return EventType.OrderPlaced;
        } else if (event instanceof ShopEvent.StatusChanged) {
            return EventType.OrderStatusChanged;
        } else if (event instanceof ShopEvent.Received) {
            return EventType.StockReceived;
        }
        return EventType.CompetitorPriceObserved;
    }

    private Money money(double amount) {
        return new Money(BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP), currency);
    }
}
