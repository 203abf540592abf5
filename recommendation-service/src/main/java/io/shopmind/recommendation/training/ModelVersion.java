package io.shopmind.recommendation.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A trained model's record; its serialised form ({@code data}) is read and written apart, by {@link ModelStore}. */
@Entity
@Table(name = "model_version")
public class ModelVersion {

    @Id
    private Long version;
    private String algorithm;
    private String params;
    private int shoppers;
    private int items;
    private long interactions;
    @Column(name = "size_bytes")
    private int sizeBytes;
    @Column(name = "training_seconds")
    private double trainingSeconds;
    private boolean active;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "activated_at")
    private Instant activatedAt;

    protected ModelVersion() {
    }

    public Long getVersion() {
        return version;
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public String getParams() {
        return params;
    }

    public int getShoppers() {
        return shoppers;
    }

    public int getItems() {
        return items;
    }

    public long getInteractions() {
        return interactions;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public double getTrainingSeconds() {
        return trainingSeconds;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }
}
