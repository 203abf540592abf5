package io.shopmind.recommendation.training;

import io.shopmind.model.problem.FieldError;
import io.shopmind.recommendation.algorithm.AlgorithmSpec;
import io.shopmind.recommendation.algorithm.Algorithms;
import io.shopmind.servicesupport.problem.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Refuses a training request before it starts when its model would not fit in memory
 * ({@link Algorithms#memoryBytes}). The limit ({@code shopmind.recommendation.training.max-memory}) defaults to a
 * quarter of the heap, which the local suite's six apps share.
 */
@Component
public class TrainingMemory {

    private final JdbcTemplate jdbc;
    private final long limitBytes;

    public TrainingMemory(JdbcTemplate jdbc,
            @Value("${shopmind.recommendation.training.max-memory:#{null}}") DataSize maxMemory) {
        this.jdbc = jdbc;
        this.limitBytes = maxMemory != null ? maxMemory.toBytes() : Runtime.getRuntime().maxMemory() / 4;
    }

    /** Throws a 400 problem with the estimate when the checked {@code spec}'s model would exceed the limit. */
    public void check(AlgorithmSpec spec) {
        Map<String, Object> counts = jdbc.queryForMap("""
                SELECT count(DISTINCT customer_id) AS users, count(DISTINCT sku) AS items
                FROM interaction WHERE customer_id IS NOT NULL""");
        long users = ((Number) counts.get("users")).longValue();
        long items = ((Number) counts.get("items")).longValue();
        long needed = Algorithms.memoryBytes(spec, users, items);
        if (needed > limitBytes) {
            String field = spec.params().containsKey("factors") ? "params.factors"
                    : spec.params().containsKey("aspects") ? "params.aspects" : "algorithm";
            String message = String.format(Locale.ROOT,
                    "%s on %,d shoppers and %,d items needs about %s of memory; this service allows %s "
                            + "(shopmind.recommendation.training.max-memory)",
                    spec.algorithm(), users, items, human(needed), human(limitBytes));
            throw new InvalidInputException("The model would not fit in memory.",
                    List.of(new FieldError(field, message)), Map.of("estimatedBytes", needed, "limitBytes", limitBytes));
        }
    }

    static String human(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%.0f MB", bytes / (double) (1L << 20));
    }
}
