package io.shopmind.recommendation.training;

import io.shopmind.recommendation.model.ServedModel;
import io.shopmind.recommendation.model.ServedModelCodec;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Serialised models in {@code model_version.data}, and which version is active. */
@Repository
public class ModelStore {

    private final JdbcTemplate jdbc;

    public ModelStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What training produced, besides the model itself. */
    public record TrainingFacts(int shoppers, int items, long interactions, double seconds) {
    }

    /** Stores a new version and returns its number. */
    public long save(ServedModel model, TrainingFacts facts) {
        byte[] data = ServedModelCodec.encode(model);
        Long version = jdbc.queryForObject("""
                INSERT INTO model_version (algorithm, params, shoppers, items, interactions, size_bytes,
                    training_seconds, data)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING version""", Long.class, model.algorithm(), model.parameters(),
                facts.shoppers(), facts.items(), facts.interactions(), data.length, facts.seconds(), data);
        return version;
    }

    public Optional<ServedModel> load(long version) {
        return jdbc.query("SELECT data FROM model_version WHERE version = ?", (rs, row) -> rs.getBytes(1), version)
                .stream().findFirst().map(ServedModelCodec::decode);
    }

    public Optional<Long> activeVersion() {
        return jdbc.queryForList("SELECT version FROM model_version WHERE active", Long.class).stream().findFirst();
    }

    /** Makes {@code version} the one active version; false when there is no such version. */
    @Transactional
    public boolean activate(long version) {
        Integer exists = jdbc.queryForObject("SELECT count(*) FROM model_version WHERE version = ?", Integer.class,
                version);
        if (exists == null || exists == 0) {
            return false;
        }
        jdbc.update("UPDATE model_version SET active = false WHERE active AND version <> ?", version);
        jdbc.update("UPDATE model_version SET active = true, activated_at = now() WHERE version = ? AND NOT active",
                version);
        return true;
    }
}
