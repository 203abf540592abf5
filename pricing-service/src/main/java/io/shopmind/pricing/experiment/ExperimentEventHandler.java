package io.shopmind.pricing.experiment;

import io.shopmind.model.event.EventEnvelope;
import io.shopmind.model.event.EventType;
import io.shopmind.servicesupport.event.EventHandler;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Counts the demand of SKUs under experiment from the storefront's events: units from {@code OrderPlaced} lines,
 * visits from {@code ProductViewed} (the trials of Bernoulli demand). Events of other SKUs change nothing.
 */
@Component
public class ExperimentEventHandler implements EventHandler {

    private final Experiments experiments;

    public ExperimentEventHandler(Experiments experiments) {
        this.experiments = experiments;
    }

    @Override
    public Set<EventType> types() {
        return Set.of(EventType.OrderPlaced, EventType.ProductViewed);
    }

    @Override
    public void handle(List<EventEnvelope> newEvents) {
        for (EventEnvelope event : newEvents) {
            Map<String, Object> payload = event.payload();
            if (event.type() == EventType.ProductViewed) {
                if (payload.get("sku") instanceof String sku) {
                    experiments.observed(sku, 0, 1, event.occurredAt());
                }
            } else if (payload.get("lines") instanceof List<?> lines) {
                for (Object line : lines) {
                    if (line instanceof Map<?, ?> l && l.get("sku") instanceof String sku
                            && l.get("quantity") instanceof Number quantity && quantity.doubleValue() > 0) {
                        experiments.observed(sku, quantity.doubleValue(), 0, event.occurredAt());
                    }
                }
            }
        }
    }
}
