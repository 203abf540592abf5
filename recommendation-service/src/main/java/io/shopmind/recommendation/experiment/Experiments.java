package io.shopmind.recommendation.experiment;

import io.shopmind.recommendation.ingest.Interaction;
import io.shopmind.recommendation.ingest.InteractionKind;
import io.shopmind.recommendation.ingest.InteractionListener;
import io.shopmind.recommendation.statistics.Proportions;
import io.shopmind.recommendation.training.ServedModels;
import io.shopmind.servicesupport.problem.ConflictException;
import io.shopmind.servicesupport.problem.InvalidInputException;
import io.shopmind.servicesupport.problem.NotFoundException;
import io.shopmind.model.problem.FieldError;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs A/B tests: at most one experiment runs at a time; its shoppers are split by {@link VariantAssignment}; each
 * list served to them is an impression; their later views and carts of a recommended item count as clicks, their
 * orders as purchases, when they happen within the attribution window.
 */
@Service
public class Experiments implements InteractionListener {

    /** A shopper's variant in the running experiment and the model version it serves. */
    public record Assignment(UUID experimentId, String variant, long modelVersion) {
    }

    private static final String ATTRIBUTE = """
            INSERT INTO conversion (impression_id, sku, outcome, occurred_at)
            SELECT im.id, e.sku, e.outcome, e.occurred_at
            FROM unnest(?::text[], ?::text[], ?::text[], ?::timestamptz[]) AS e(customer_id, sku, outcome, occurred_at)
            JOIN impression im ON im.customer_id = e.customer_id AND e.sku = ANY (im.skus)
                AND im.served_at <= e.occurred_at
            JOIN experiment x ON x.id = im.experiment_id
                AND e.occurred_at <= im.served_at + x.attribution_window * interval '1 second'
            ON CONFLICT DO NOTHING""";

    private final ExperimentRepository experiments;
    private final ServedModels models;
    private final JdbcTemplate jdbc;
    private volatile Optional<Experiment> running = Optional.empty();
    // conversions are tracked while an experiment runs and for the attribution window after it stopped
    private volatile Instant attributionOpenUntil = Instant.MIN;

    public Experiments(ExperimentRepository experiments, ServedModels models, JdbcTemplate jdbc) {
        this.experiments = experiments;
        this.models = models;
        this.jdbc = jdbc;
    }

    @Transactional
    public Experiment start(ExperimentRequest request) {
        for (long version : List.of(request.controlVersion(), request.treatmentVersion())) {
            if (models.version(version).isEmpty()) {
                throw new InvalidInputException("The experiment names an unknown model version.",
                        List.of(new FieldError(version == request.controlVersion() ? "controlVersion"
                                : "treatmentVersion", "no model version " + version)));
            }
        }
        experiments.findByStoppedAtIsNull().ifPresent(other -> {
            throw new ConflictException("Experiment " + other.getId() + " is still running; stop it first.");
        });
        Experiment experiment = experiments.save(new Experiment(request.name(), request.controlVersion(),
                request.treatmentVersion(), request.treatmentShare() == null ? 0.5 : request.treatmentShare(),
                Duration.ofHours(request.attributionHours() == null ? 24 : request.attributionHours()), Instant.now()));
        running = Optional.of(experiment);
        attributionOpenUntil = Instant.MAX;
        return experiment;
    }

    @Transactional
    public Experiment stop(UUID id) {
        Experiment experiment = experiments.findById(id).orElseThrow(() -> new NotFoundException("No experiment " + id));
        if (experiment.getStoppedAt() == null) {
            experiment.stop(Instant.now());
            experiments.save(experiment);
        }
        reload();
        return experiment;
    }

    /** The running experiment's variant for a signed-in shopper. */
    public Optional<Assignment> assign(String customerId) {
        return running.map(x -> {
            String variant = VariantAssignment.variant(x.getId(), customerId, x.getTreatmentShare());
            return new Assignment(x.getId(), variant,
                    variant.equals(VariantAssignment.TREATMENT) ? x.getTreatmentVersion() : x.getControlVersion());
        });
    }

    public void recordImpression(Assignment assignment, String customerId, List<String> skus) {
        if (skus.isEmpty()) {
            return;
        }
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    INSERT INTO impression (experiment_id, variant, customer_id, skus, served_at)
                    VALUES (?, ?, ?, ?, now())""");
            statement.setObject(1, assignment.experimentId());
            statement.setString(2, assignment.variant());
            statement.setString(3, customerId);
            statement.setArray(4, connection.createArrayOf("text", skus.toArray()));
            return statement;
        });
    }

    @Override
    public void stored(List<Interaction> interactions) {
        if (Instant.now().isAfter(attributionOpenUntil)) {
            return;
        }
        List<Interaction> signedIn = interactions.stream().filter(i -> i.customerId() != null).toList();
        int n = signedIn.size();
        if (n == 0) {
            return;
        }
        String[] customers = new String[n];
        String[] skus = new String[n];
        String[] outcomes = new String[n];
        Timestamp[] times = new Timestamp[n];
        for (int i = 0; i < n; i++) {
            Interaction interaction = signedIn.get(i);
            customers[i] = interaction.customerId();
            skus[i] = interaction.sku();
            outcomes[i] = InteractionKind.PURCHASE.equals(interaction.kind()) ? "purchase" : "click";
            times[i] = Timestamp.from(interaction.occurredAt());
        }
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(ATTRIBUTE);
            statement.setArray(1, connection.createArrayOf("text", customers));
            statement.setArray(2, connection.createArrayOf("text", skus));
            statement.setArray(3, connection.createArrayOf("text", outcomes));
            statement.setArray(4, connection.createArrayOf("timestamptz", times));
            return statement;
        });
    }

    public ExperimentReport report(UUID id) {
        Experiment x = experiments.findById(id).orElseThrow(() -> new NotFoundException("No experiment " + id));
        record Counts(long impressions, long clicks, long purchases) {
        }
        Map<String, Counts> counts = jdbc.query("""
                SELECT im.variant, count(*),
                    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM conversion c
                        WHERE c.impression_id = im.id AND c.outcome = 'click')),
                    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM conversion c
                        WHERE c.impression_id = im.id AND c.outcome = 'purchase'))
                FROM impression im WHERE im.experiment_id = ? GROUP BY im.variant""",
                (rs, row) -> Map.entry(rs.getString(1), new Counts(rs.getLong(2), rs.getLong(3), rs.getLong(4))), id)
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Counts none = new Counts(0, 0, 0);
        Counts control = counts.getOrDefault(VariantAssignment.CONTROL, none);
        Counts treatment = counts.getOrDefault(VariantAssignment.TREATMENT, none);
        Function<Counts, Proportions.Estimate> clickRate =
                c -> Proportions.wilson(c.clicks(), c.impressions(), Proportions.Z95);
        Function<Counts, Proportions.Estimate> purchaseRate =
                c -> Proportions.wilson(c.purchases(), c.impressions(), Proportions.Z95);
        List<ExperimentReport.Variant> variants = new ArrayList<>();
        variants.add(new ExperimentReport.Variant(VariantAssignment.CONTROL, x.getControlVersion(),
                control.impressions(), control.clicks(), control.purchases(), clickRate.apply(control),
                purchaseRate.apply(control)));
        variants.add(new ExperimentReport.Variant(VariantAssignment.TREATMENT, x.getTreatmentVersion(),
                treatment.impressions(), treatment.clicks(), treatment.purchases(), clickRate.apply(treatment),
                purchaseRate.apply(treatment)));
        return new ExperimentReport(x.getId(), x.getName(), x.getStartedAt(), x.getStoppedAt(), variants,
                ExperimentReport.Difference.of(Proportions.difference(treatment.clicks(), treatment.impressions(),
                        control.clicks(), control.impressions(), Proportions.Z95)),
                ExperimentReport.Difference.of(Proportions.difference(treatment.purchases(), treatment.impressions(),
                        control.purchases(), control.impressions(), Proportions.Z95)));
    }

    /** Picks up experiments started or stopped on other replicas. */
    @Scheduled(fixedDelay = 5000)
    public void reload() {
        running = experiments.findByStoppedAtIsNull();
        attributionOpenUntil = running.isPresent() ? Instant.MAX
                : experiments.findAll().stream()
                        .map(x -> x.getStoppedAt().plusSeconds(x.getAttributionWindowSeconds()))
                        .max(Instant::compareTo).orElse(Instant.MIN);
    }
}
