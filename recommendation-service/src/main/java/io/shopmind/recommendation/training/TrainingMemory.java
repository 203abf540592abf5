package io.shopmind.recommendation.training;

import io.shopmind.model.problem.FieldError;
import io.shopmind.servicesupport.problem.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Refuses a training request before it starts when its model would not fit in memory. EASE holds two dense
 * item &times; item matrices of doubles (the Gram matrix and its inverse, Steck 2019, eq. 8); ALS and BPR hold a
 * factor vector of doubles per shopper and per item, with a copy for the next sweep. The limit
 * ({@code shopmind.recommendation.training.max-memory}) defaults to a quarter of the heap, which the local suite's
 * six apps share.
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

    /** The bytes a model of {@code algorithm} with {@code params} needs for {@code users} × {@code items}. */
    public static long estimate(String algorithm, Map<String, Double> params, long users, long items) {
        return switch (algorithm) {
            case "ease" -> 2 * items * items * Double.BYTES;
            case "als", "bpr" -> {
                long factors = params.getOrDefault("factors", algorithm.equals("als") ? 64.0 : 100.0).longValue();
                yield 2 * (users + items) * factors * Double.BYTES;
            }
            default -> 0;
        };
    }

    /** Throws a 400 problem with the estimate when the request's model would exceed the limit. */
    public void check(TrainingRequest request) {
        if (!List.of("ease", "als", "bpr").contains(request.algorithm())) {
            return;
        }
        Map<String, Object> counts = jdbc.queryForMap("""
                SELECT count(DISTINCT customer_id) AS users, count(DISTINCT sku) AS items
                FROM interaction WHERE customer_id IS NOT NULL""");
        long users = ((Number) counts.get("users")).longValue();
        long items = ((Number) counts.get("items")).longValue();
        long needed = estimate(request.algorithm(), request.params(), users, items);
        if (needed > limitBytes) {
            String field = request.algorithm().equals("ease") ? "algorithm" : "params.factors";
            String message = String.format(Locale.ROOT,
                    "%s on %,d shoppers and %,d items needs about %s of memory; this service allows %s "
                            + "(shopmind.recommendation.training.max-memory)",
                    request.algorithm(), users, items, human(needed), human(limitBytes));
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
