package io.shopmind.pricing.competitor;

import io.shopmind.model.event.EventEnvelope;
import io.shopmind.model.event.EventType;
import io.shopmind.servicesupport.event.EventHandler;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Records {@code CompetitorPriceObserved} events (sku, competitor, price; an optional {@code inStock}; observed at
 * the event's {@code occurredAt}). An observation that cannot be used is stored flagged, with the reason, rather than
 * dropped, so ops can see it and nothing is lost.
 */
@Component
public class CompetitorEventHandler implements EventHandler {

    private final CompetitorPrices prices;

    public CompetitorEventHandler(CompetitorPrices prices) {
        this.prices = prices;
    }

    @Override
    public Set<EventType> types() {
        return Set.of(EventType.CompetitorPriceObserved);
    }

    @Override
    public void handle(List<EventEnvelope> newEvents) {
        List<CompetitorPrices.Incoming> observations = new ArrayList<>(newEvents.size());
        for (EventEnvelope event : newEvents) {
            Map<String, Object> payload = event.payload();
            BigDecimal amount = null;
            String currency = null;
            if (payload.get("price") instanceof Map<?, ?> price) {
                amount = decimal(price.get("amount"));
                currency = price.get("currency") instanceof String code ? code : null;
            }
            observations.add(new CompetitorPrices.Incoming(text(payload.get("sku"), "(no sku)"),
                    text(payload.get("competitor"), "(no competitor)"), amount, currency,
                    payload.get("inStock") instanceof Boolean inStock ? inStock : null, event.occurredAt(), "event",
                    event.eventId()));
        }
        prices.record(observations);
    }

    private static String text(Object value, String missing) {
        return value instanceof String s && !s.isBlank() ? s : missing;
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
