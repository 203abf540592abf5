package io.shopmind.inventory.forecastclient;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The last forecast forecast-service gave for a SKU, as the JSON it sent. */
@Entity
@Table(name = "stored_forecast")
public class StoredForecast {

    @Id
    private String sku;
    private String model;
    private String forecast;
    private String leadTimeDemand;
    private Instant createdAt;
    private Instant fetchedAt;

    protected StoredForecast() {
    }

    StoredForecast(String sku) {
        this.sku = sku;
    }

    void update(String model, String forecast, String leadTimeDemand, Instant createdAt, Instant fetchedAt) {
        this.model = model;
        this.forecast = forecast;
        this.leadTimeDemand = leadTimeDemand;
        this.createdAt = createdAt;
        this.fetchedAt = fetchedAt;
    }

    String forecast() {
        return forecast;
    }

    String sku() {
        return sku;
    }

    /** The lead-time demand JSON that came with the forecast, or null. */
    String leadTimeDemand() {
        return leadTimeDemand;
    }

    Instant fetchedAt() {
        return fetchedAt;
    }
}
