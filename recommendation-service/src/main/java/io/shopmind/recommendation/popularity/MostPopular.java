package io.shopmind.recommendation.popularity;

import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.model.Recommender;

/**
 * Most popular items, optionally with exponential time decay: an item scores
 * {@code Σ_u w_ui · 2^(−(t_ref − t_ui) / halfLife)}, where {@code t_ui} is the latest time user u interacted with
 * item i and {@code t_ref} the latest timestamp in the training data (not the wall clock, so training is
 * repeatable). The same ranking for every user; the usual baseline of offline evaluation.
 */
public final class MostPopular implements Recommender {

    /**
     * @param halfLifeSeconds time after which an interaction counts half; {@code +∞} means no decay
     */
    public record Config(double halfLifeSeconds) {

        public Config {
            if (!(halfLifeSeconds > 0)) {
                throw new IllegalArgumentException("halfLifeSeconds: must be positive, was " + halfLifeSeconds);
            }
        }

        /** Plain popularity: every interaction counts its full weight whatever its age. */
        public static Config withoutDecay() {
            return new Config(Double.POSITIVE_INFINITY);
        }

        public static Config withHalfLifeDays(double days) {
            return new Config(days * 86_400.0);
        }
    }

    private final Config config;

    public MostPopular(Config config) {
        if (config == null) {
            throw new IllegalArgumentException("config: must not be null");
        }
        this.config = config;
    }

    public MostPopular() {
        this(Config.withoutDecay());
    }

    public Config config() {
        return config;
    }

    @Override
    public String name() {
        return "pop";
    }

    @Override
    public PopularityModel fit(InteractionMatrix interactions) {
        long reference = Long.MIN_VALUE;
        for (int p = 0; p < interactions.nonZeroCount(); p++) {
            reference = Math.max(reference, interactions.timestampAt(p));
        }
        boolean decays = Double.isFinite(config.halfLifeSeconds());
        double rate = Math.log(2) / config.halfLifeSeconds();
        double[] itemScores = new double[interactions.itemCount()];
        for (int p = 0; p < interactions.nonZeroCount(); p++) {
            double weight = interactions.valueAt(p);
            if (decays) {
                weight *= Math.exp(-rate * (reference - interactions.timestampAt(p)));
            }
            itemScores[interactions.itemAt(p)] += weight;
        }
        return new PopularityModel(interactions, itemScores);
    }
}
