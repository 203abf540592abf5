package io.shopmind.recommendation.ranking;

import io.shopmind.recommendation.als.ImplicitAls;
import io.shopmind.recommendation.association.AssociationRule;
import io.shopmind.recommendation.association.CoPurchase;
import io.shopmind.recommendation.bpr.BprMf;
import io.shopmind.recommendation.ease.Ease;
import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.knn.ItemKnn;
import io.shopmind.recommendation.knn.KnnConfig;
import io.shopmind.recommendation.model.FactorModel;
import io.shopmind.recommendation.model.RankedItems;
import io.shopmind.recommendation.model.TopK;
import io.shopmind.recommendation.popularity.MostPopular;
import io.shopmind.recommendation.popularity.PopularityModel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Trains one of the algorithms ({@code als}, {@code bpr}, {@code itemknn}, {@code ease}, {@code pop}) with named
 * parameters and reduces the result to a {@link ServingModel}, adding the decayed popularity and the co-purchase
 * rules every model carries. EASE's dense weight matrix is kept as each item's strongest {@code neighbours} weights.
 */
public final class Trainer {

    public static final List<String> ALGORITHMS = List.of("als", "bpr", "ease", "itemknn", "pop");

    private static final Map<String, Set<String>> PARAMETERS = Map.of(
            "als", Set.of("factors", "lambda", "alpha", "iterations", "seed"),
            "bpr", Set.of("factors", "learningRate", "lambda", "epochs", "seed"),
            "ease", Set.of("lambda", "neighbours"),
            "itemknn", Set.of("neighbours", "shrinkage"),
            "pop", Set.of("halfLifeDays"));

    /**
     * @param popularityHalfLifeDays half-life of the popularity every model carries for "popular in" explanations
     * @param rules                  co-purchase rule settings
     */
    public record Settings(double popularityHalfLifeDays, CoPurchase.Config rules) {

        public static Settings defaults() {
            return new Settings(7, new CoPurchase.Config(2, 0.0, 20));
        }
    }

    private final Settings settings;

    public Trainer(Settings settings) {
        this.settings = settings;
    }

    /** Throws IllegalArgumentException naming the first unknown algorithm, parameter or invalid value. */
    public static void validate(String algorithm, Map<String, Double> params) {
        Set<String> known = PARAMETERS.get(algorithm);
        if (known == null) {
            throw new IllegalArgumentException("algorithm: '" + algorithm + "' is not one of " + ALGORITHMS);
        }
        for (String name : params.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("params." + name + ": not a parameter of " + algorithm
                        + "; known: " + new TreeSet<>(known));
            }
        }
        switch (algorithm) {
            case "als" -> alsConfig(params);
            case "bpr" -> bprConfig(params);
            case "ease" -> new Ease.Config(params.getOrDefault("lambda", Ease.Config.defaults().lambda()));
            case "itemknn" -> itemKnnConfig(params);
            default -> popularityConfig(params);
        }
    }

    /**
     * @param interactions shoppers × items, the training data
     * @param baskets      orders × items over the same item index, for the co-purchase rules
     */
    public ServingModel train(String algorithm, Map<String, Double> params, InteractionMatrix interactions,
            InteractionMatrix baskets) {
        validate(algorithm, params);
        PopularityModel decayed = new MostPopular(MostPopular.Config.withHalfLifeDays(settings.popularityHalfLifeDays()))
                .fit(interactions);
        int n = interactions.itemCount();
        double[] popularity = new double[n];
        for (int i = 0; i < n; i++) {
            popularity[i] = decayed.itemScore(i);
        }
        ServingModel.Rules rules = rules(baskets);
        return switch (algorithm) {
            case "als" -> {
                ImplicitAls.Config config = alsConfig(params);
                yield factors(algorithm, new ImplicitAls(config).fit(interactions), popularity, config.lambda(),
                        config.alpha(), rules);
            }
            case "bpr" -> {
                BprMf.Config config = bprConfig(params);
                // BPR's factors are folded in like ALS's, with its own regularisation and unit confidence
                yield factors(algorithm, new BprMf(config).fit(interactions), popularity,
                        Math.max(config.lambda(), 1e-3), 1.0, rules);
            }
            case "ease" -> {
                Ease.Model model = new Ease(new Ease.Config(params.getOrDefault("lambda", Ease.Config.defaults().lambda())))
                        .fit(interactions);
                int keep = params.getOrDefault("neighbours", 100.0).intValue();
                yield neighbours(algorithm, interactions, popularity, i -> {
                    double[] row = new double[n];
                    for (int j = 0; j < n; j++) {
                        row[j] = i == j ? Double.NEGATIVE_INFINITY : model.weight(i, j);
                    }
                    return TopK.select(row, Math.max(1, keep));
                }, rules);
            }
            case "itemknn" -> {
                ItemKnn.Model model = new ItemKnn(itemKnnConfig(params)).fit(interactions);
                yield neighbours(algorithm, interactions, popularity, model::neighboursOf, rules);
            }
            default -> {
                PopularityModel model = new MostPopular(popularityConfig(params)).fit(interactions);
                double[] scores = new double[n];
                for (int i = 0; i < n; i++) {
                    scores[i] = model.itemScore(i);
                }
                yield ServingModel.ofPopularity(algorithm, interactions.items(), scores, rules);
            }
        };
    }

    private static ServingModel factors(String algorithm, FactorModel model, double[] popularity, double lambda,
            double alpha, ServingModel.Rules rules) {
        int n = model.interactions().itemCount();
        int f = model.factors();
        float[] itemFactors = new float[n * f];
        float[] biases = new float[n];
        for (int i = 0; i < n; i++) {
            double[] y = model.itemFactor(i);
            for (int a = 0; a < f; a++) {
                itemFactors[i * f + a] = (float) y[a];
            }
            biases[i] = (float) model.itemBias(i);
        }
        return ServingModel.ofFactors(algorithm, model.interactions().items(), popularity, f, itemFactors, biases,
                lambda, alpha, rules);
    }

    private static ServingModel neighbours(String algorithm, InteractionMatrix interactions, double[] popularity,
            java.util.function.IntFunction<RankedItems> neighboursOf, ServingModel.Rules rules) {
        int n = interactions.itemCount();
        int[] pointers = new int[n + 1];
        RankedItems[] lists = new RankedItems[n];
        for (int i = 0; i < n; i++) {
            lists[i] = neighboursOf.apply(i);
            pointers[i + 1] = pointers[i] + lists[i].size();
        }
        int[] neighbours = new int[pointers[n]];
        float[] weights = new float[pointers[n]];
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < lists[i].size(); r++) {
                neighbours[pointers[i] + r] = lists[i].item(r);
                weights[pointers[i] + r] = (float) lists[i].score(r);
            }
        }
        return ServingModel.ofNeighbours(algorithm, interactions.items(), popularity, pointers, neighbours, weights,
                rules);
    }

    private ServingModel.Rules rules(InteractionMatrix baskets) {
        int n = baskets.itemCount();
        if (baskets.userCount() == 0) {
            return ServingModel.Rules.none(n);
        }
        CoPurchase.Model model = new CoPurchase(settings.rules()).fit(baskets);
        int[] pointers = new int[n + 1];
        for (int a = 0; a < n; a++) {
            pointers[a + 1] = pointers[a] + model.rulesFor(a).size();
        }
        int[] items = new int[pointers[n]];
        float[] confidences = new float[pointers[n]];
        for (int a = 0; a < n; a++) {
            int q = pointers[a];
            for (AssociationRule rule : model.rulesFor(a)) {
                items[q] = rule.consequent();
                confidences[q++] = (float) rule.confidence();
            }
        }
        return new ServingModel.Rules(pointers, items, confidences);
    }

    private static ImplicitAls.Config alsConfig(Map<String, Double> p) {
        ImplicitAls.Config d = ImplicitAls.Config.defaults(p.getOrDefault("seed", 42.0).longValue());
        return new ImplicitAls.Config(p.getOrDefault("factors", (double) d.factors()).intValue(),
                p.getOrDefault("lambda", d.lambda()), p.getOrDefault("alpha", d.alpha()),
                p.getOrDefault("iterations", (double) d.iterations()).intValue(), d.cgSteps(), d.threads(), d.seed());
    }

    private static BprMf.Config bprConfig(Map<String, Double> p) {
        BprMf.Config d = BprMf.Config.defaults(p.getOrDefault("seed", 42.0).longValue());
        return new BprMf.Config(p.getOrDefault("factors", (double) d.factors()).intValue(),
                p.getOrDefault("learningRate", d.learningRate()), p.getOrDefault("lambda", d.lambda()),
                p.getOrDefault("epochs", (double) d.epochs()).intValue(), d.seed());
    }

    private static KnnConfig itemKnnConfig(Map<String, Double> p) {
        KnnConfig d = KnnConfig.defaults();
        return new KnnConfig(p.getOrDefault("neighbours", (double) d.neighbours()).intValue(),
                p.getOrDefault("shrinkage", d.shrinkage()));
    }

    private static MostPopular.Config popularityConfig(Map<String, Double> p) {
        Double days = p.get("halfLifeDays");
        return days == null ? MostPopular.Config.withoutDecay() : MostPopular.Config.withHalfLifeDays(days);
    }
}
