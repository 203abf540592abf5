package io.shopmind.recommendation.experiment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** An A/B test: control and treatment model versions and the share of shoppers the treatment gets. */
@Entity
@Table(name = "experiment")
public class Experiment {

    @Id
    private UUID id;
    private String name;
    @Column(name = "control_version")
    private long controlVersion;
    @Column(name = "treatment_version")
    private long treatmentVersion;
    @Column(name = "treatment_share")
    private double treatmentShare;
    /** Seconds after an impression in which a click or purchase of its items counts. */
    @Column(name = "attribution_window")
    private long attributionWindow;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "stopped_at")
    private Instant stoppedAt;

    protected Experiment() {
    }

    public Experiment(String name, long controlVersion, long treatmentVersion, double treatmentShare,
            Duration attributionWindow, Instant startedAt) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.controlVersion = controlVersion;
        this.treatmentVersion = treatmentVersion;
        this.treatmentShare = treatmentShare;
        this.attributionWindow = attributionWindow.toSeconds();
        this.startedAt = startedAt;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getControlVersion() {
        return controlVersion;
    }

    public long getTreatmentVersion() {
        return treatmentVersion;
    }

    public double getTreatmentShare() {
        return treatmentShare;
    }

    public long getAttributionWindowSeconds() {
        return attributionWindow;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getStoppedAt() {
        return stoppedAt;
    }

    void stop(Instant at) {
        this.stoppedAt = at;
    }
}
