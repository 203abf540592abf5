package io.shopmind.forecast.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A sales series: a SKU (or SKU x location), how often it is observed, and its seasonal period. */
@Entity
@Table(name = "series")
public class Series {

    @Id
    private String id;

    @Column(nullable = false)
    private String frequency;

    @Column(name = "seasonal_period", nullable = false)
    private int seasonalPeriod;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    private Instant createdAt;

    protected Series() {
    }

    public Series(String id, Frequency frequency, int seasonalPeriod) {
        this.id = id;
        this.frequency = frequency.label();
        this.seasonalPeriod = seasonalPeriod;
    }

    public String id() {
        return id;
    }

    public Frequency frequency() {
        return Frequency.of(frequency);
    }

    public int seasonalPeriod() {
        return seasonalPeriod;
    }

    public void observedAs(Frequency newFrequency, int newSeasonalPeriod) {
        this.frequency = newFrequency.label();
        this.seasonalPeriod = newSeasonalPeriod;
    }
}
