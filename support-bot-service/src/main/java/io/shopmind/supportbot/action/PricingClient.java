package io.shopmind.supportbot.action;

import io.shopmind.model.pricing.CurrentPrice;
import java.util.Optional;
import org.springframework.web.client.RestClient;

/** A SKU's current price: {@code GET /api/v1/pricing/prices/{sku}}, empty when the price book has none. */
public class PricingClient {

    private static final String SERVICE = "pricing-service";

    private final RestClient rest;

    public PricingClient(RestClient rest) {
        this.rest = rest;
    }

    public Optional<CurrentPrice> price(String sku) throws ServiceUnavailableException {
        return ServiceCall.call(SERVICE, () -> rest.get().uri("/api/v1/pricing/prices/{sku}", sku).retrieve()
                .body(CurrentPrice.class)).filter(price -> price.price() != null);
    }
}
