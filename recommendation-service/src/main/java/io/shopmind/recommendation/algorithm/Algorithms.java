package io.shopmind.recommendation.algorithm;

import io.shopmind.recommendation.als.ImplicitAls;
import io.shopmind.recommendation.association.AssociationRule;
import io.shopmind.recommendation.association.CoPurchase;
import io.shopmind.recommendation.bpr.BprMf;
import io.shopmind.recommendation.ease.Ease;
import io.shopmind.recommendation.ease.Sansa;
import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.knn.ItemKnn;
import io.shopmind.recommendation.knn.KnnConfig;
import io.shopmind.recommendation.model.AspectScorer;
import io.shopmind.recommendation.model.CoPurchaseRules;
import io.shopmind.recommendation.model.FactorModel;
import io.shopmind.recommendation.model.FactorScorer;
import io.shopmind.recommendation.model.NeighbourScorer;
import io.shopmind.recommendation.model.PopularityScorer;
import io.shopmind.recommendation.model.RankedItems;
import io.shopmind.recommendation.model.Recommender;
import io.shopmind.recommendation.model.Scorer;
import io.shopmind.recommendation.model.ServedModel;
import io.shopmind.recommendation.model.TopK;
import io.shopmind.recommendation.plsa.Plsa;
import io.shopmind.recommendation.popularity.MostPopular;
import io.shopmind.recommendation.popularity.PopularityModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The registry of every algorithm the service trains, and the one place a served model is built: it checks an
 * {@link AlgorithmSpec} against the algorithm's {@link Parameter}s, trains the algorithm, and reduces the result to the
 * family's {@link Scorer} inside a {@link ServedModel}, adding the decayed popularity and the co-purchase rules every
 * model carries. The training API, the evaluation command and the blend all build models here, so what is evaluated
 * is what is served.
 */
public final class Algorithms {

    /** What training builds when no algorithm is named. */
    public static final String DEFAULT = "blend";

    private static final Map<String, List<Parameter>> PARAMETERS = definitions();

    /**
     * @param popularityHalfLifeDays half-life of the popularity every model carries for "popular in" explanations
     * @param rules                  co-purchase rule settings
     * @param threads                worker threads of the algorithms that use several
     */
    public record Settings(double popularityHalfLifeDays, CoPurchase.Config rules, int threads) {

        public Settings {
            if (threads < 1) {
                throw new IllegalArgumentException("threads: must be at least 1, was " + threads);
            }
        }

        public static Settings defaults() {
            return new Settings(7, new CoPurchase.Config(2, 0.0, 20), Runtime.getRuntime().availableProcessors());
        }
    }

    /** Where a long training run has got to. */
    @FunctionalInterface
    public interface Progress {
        void report(int done, int total, String message);

        static Progress none() {
            return (done, total, message) -> { };
        }
    }

    private final Settings settings;

    public Algorithms(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    /** The algorithms' names, in the order help texts list them. */
    public static List<String> names() {
        return List.copyOf(PARAMETERS.keySet());
    }

    /** The parameters of {@code algorithm}; throws IllegalArgumentException for an unknown algorithm. */
    public static List<Parameter> parameters(String algorithm) {
        List<Parameter> parameters = PARAMETERS.get(algorithm);
        if (parameters == null) {
            throw new IllegalArgumentException("algorithm: '" + algorithm + "' is not one of " + names());
        }
        return parameters;
    }

    /**
     * The spec with every given value in its canonical spelling; throws IllegalArgumentException naming the unknown
     * algorithm ({@code algorithm: ...}) or the first unknown or invalid parameter ({@code params.<name>: ...}).
     */
    public static AlgorithmSpec check(AlgorithmSpec spec) {
        List<Parameter> known = parameters(spec.algorithm());
        TreeMap<String, String> checked = new TreeMap<>();
        spec.params().forEach((name, value) -> {
            Parameter parameter = known.stream().filter(p -> p.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("params." + name + ": not a parameter of "
                            + spec.algorithm() + "; known: " + known.stream().map(Parameter::name).toList()));
            checked.put(name, parameter.check(value));
        });
        return new AlgorithmSpec(spec.algorithm(), checked);
    }

    /** Every setting of the spec, given or default, as {@code param=value,...}: how a trained model records them. */
    public static String resolvedParameters(AlgorithmSpec spec) {
        return resolve(check(spec)).spec().parameters();
    }

    /**
     * About the bytes training {@code spec} holds at its peak for {@code users} &times; {@code items}: EASE two dense
     * item &times; item matrices of doubles (the Gram matrix and its inverse, Steck 2019, eq. 8); ALS, BPR and pLSA
     * a vector of doubles per shopper and per item with a copy for the next sweep; the blend its dense item family
     * (up to {@value BlendTraining#DENSE_ITEMS} items) and its largest aspect model (128 aspects).
     */
    public static long memoryBytes(AlgorithmSpec spec, long users, long items) {
        Resolved resolved = resolve(check(spec));
        return switch (spec.algorithm()) {
            case "ease" -> denseInverseBytes(items);
            case "als", "bpr" -> factorBytes(users, items, resolved.integer("factors"));
            case "plsa" -> factorBytes(users, items, resolved.integer("aspects"));
            case "blend" -> (items <= BlendTraining.DENSE_ITEMS ? denseInverseBytes(items) : 0)
                    + factorBytes(users, items, 128);
            default -> 0;
        };
    }

    private static long denseInverseBytes(long items) {
        return 2 * items * items * Double.BYTES;
    }

    private static long factorBytes(long users, long items, long factors) {
        return 2 * (users + items) * factors * Double.BYTES;
    }

    /** A checked spec with its defaults filled in, read by type. */
    record Resolved(AlgorithmSpec spec) {

        String text(String name) {
            return spec.params().get(name);
        }

        double number(String name) {
            return Double.parseDouble(spec.params().get(name));
        }

        int integer(String name) {
            return (int) Long.parseLong(spec.params().get(name));
        }

        long seed() {
            return Long.parseLong(spec.params().get("seed"));
        }
    }

    static Resolved resolve(AlgorithmSpec checked) {
        TreeMap<String, String> all = new TreeMap<>();
        for (Parameter parameter : parameters(checked.algorithm())) {
            if (parameter.defaultValue() != null) {
                all.put(parameter.name(), parameter.defaultValue());
            }
        }
        all.putAll(checked.params());
        return new Resolved(new AlgorithmSpec(checked.algorithm(), all));
    }

    /**
     * Trains {@code spec} and builds the model a replica serves.
     *
     * @param interactions shoppers × items, the training data
     * @param baskets      orders × items over the same item index, for the co-purchase rules
     */
    public ServedModel train(AlgorithmSpec spec, InteractionMatrix interactions, InteractionMatrix baskets,
            Progress progress) {
        AlgorithmSpec checked = check(spec);
        int n = interactions.itemCount();
        double[] popularity = popularity(interactions, MostPopular.Config.withHalfLifeDays(settings.popularityHalfLifeDays()));
        CoPurchaseRules rules = rules(baskets);
        String parameters;
        Scorer scorer;
        if (checked.algorithm().equals("blend")) {
            BlendTraining.Blend blend = new BlendTraining(this, resolve(checked)).train(interactions, progress);
            parameters = blend.describe();
            scorer = blend.scorer();
        } else {
            Resolved resolved = resolve(checked);
            progress.report(0, 1, "training " + resolved.spec());
            parameters = resolved.spec().parameters();
            scorer = checked.algorithm().equals("pop")
                    ? new PopularityScorer(popularity(interactions, popularityConfig(resolved)), rules)
                    : scorer(resolved, interactions);
        }
        if (scorer.itemCount() != n) {
            throw new IllegalStateException("scorer: built over another item index");
        }
        return new ServedModel(checked.algorithm(), parameters, interactions.items(), popularity, rules, scorer);
    }

    /**
     * The family's scorer for a resolved single-family spec (not {@code pop} or {@code blend}, which need the
     * popularity or other families).
     */
    Scorer scorer(Resolved spec, InteractionMatrix interactions) {
        switch (spec.spec().algorithm()) {
            case "als" -> {
                ImplicitAls.Config config = alsConfig(spec);
                return factors(new ImplicitAls(config).fit(interactions), config.lambda(), config.alpha(),
                        config.regularization() == ImplicitAls.Regularization.PER_CELL);
            }
            case "bpr" -> {
                BprMf.Config config = bprConfig(spec);
                // BPR's factors are folded in like ALS's, with its own regularisation and unit confidence
                return factors(new BprMf(config).fit(interactions), Math.max(config.lambda(), 1e-3), 1.0, false);
            }
            case "ease" -> {
                Ease.Model model = new Ease(new Ease.Config(spec.number("lambda"))).fit(interactions);
                int n = interactions.itemCount();
                int keep = spec.integer("neighbours");
                RankedItems[] lists = new RankedItems[n];
                double[] row = new double[n];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        row[j] = i == j ? Double.NEGATIVE_INFINITY : model.weight(i, j);
                    }
                    lists[i] = TopK.select(row, keep);
                }
                return NeighbourScorer.of(lists);
            }
            case "sansa" -> {
                Sansa.Model model = new Sansa(sansaConfig(spec)).fit(interactions);
                return NeighbourScorer.of(model.strongestWeights(spec.integer("neighbours")));
            }
            case "itemknn" -> {
                ItemKnn.Model model = new ItemKnn(itemKnnConfig(spec)).fit(interactions);
                RankedItems[] lists = new RankedItems[interactions.itemCount()];
                for (int i = 0; i < lists.length; i++) {
                    lists[i] = model.neighboursOf(i);
                }
                return NeighbourScorer.of(lists);
            }
            case "plsa" -> {
                Plsa.Model model = new Plsa(plsaConfig(spec)).fit(interactions);
                int z = model.aspects();
                float[] itemGivenAspect = new float[interactions.itemCount() * z];
                for (int i = 0; i < interactions.itemCount(); i++) {
                    for (int a = 0; a < z; a++) {
                        itemGivenAspect[i * z + a] = (float) model.itemGivenAspect(i, a);
                    }
                }
                return new AspectScorer(z, itemGivenAspect, spec.integer("foldInIterations"));
            }
            default -> throw new IllegalArgumentException("algorithm: " + spec.spec().algorithm()
                    + " has no scorer of its own");
        }
    }

    /**
     * The algorithm as the library trains it, scoring training users with what training learnt about them (ALS's
     * user factors, EASE's full weights): for comparison with other libraries. A blend has no such form.
     */
    public Recommender recommender(AlgorithmSpec spec) {
        Resolved r = resolve(check(spec));
        return switch (spec.algorithm()) {
            case "als" -> new ImplicitAls(alsConfig(r));
            case "bpr" -> new BprMf(bprConfig(r));
            case "ease" -> new Ease(new Ease.Config(r.number("lambda")));
            case "sansa" -> new Sansa(sansaConfig(r));
            case "itemknn" -> new ItemKnn(itemKnnConfig(r));
            case "plsa" -> new Plsa(plsaConfig(r));
            case "pop" -> new MostPopular(popularityConfig(r));
            default -> throw new IllegalArgumentException("algorithm: " + spec.algorithm()
                    + " is evaluated as served only");
        };
    }

    /**
     * The settings {@code --tune holdout} and the blend choose among, per algorithm: fixed, log-spaced grids of the
     * settings that matter most.
     */
    static List<Map<String, String>> grid(String algorithm) {
        return switch (algorithm) {
            case "als" -> List.of(Map.of("lambda", "10", "alpha", "1"), Map.of("lambda", "100", "alpha", "1"),
                    Map.of("lambda", "10", "alpha", "10"), Map.of("lambda", "100", "alpha", "10"));
            case "ease", "sansa" -> List.of(Map.of("lambda", "100"), Map.of("lambda", "250"), Map.of("lambda", "500"),
                    Map.of("lambda", "1000"), Map.of("lambda", "2000"));
            case "itemknn" -> List.of(Map.of("neighbours", "50"), Map.of("neighbours", "100"),
                    Map.of("neighbours", "200"));
            case "plsa" -> List.of(Map.of("aspects", "16"), Map.of("aspects", "32"), Map.of("aspects", "64"),
                    Map.of("aspects", "128"));
            default -> List.of(Map.of());
        };
    }

    /** Whether {@code --tune holdout} has settings to choose among for {@code algorithm}. */
    public static boolean tunable(String algorithm) {
        return grid(algorithm).size() > 1;
    }

    private static FactorScorer factors(FactorModel model, double lambda, double alpha, boolean perCell) {
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
        return new FactorScorer(f, itemFactors, biases, lambda, alpha, perCell);
    }

    private static double[] popularity(InteractionMatrix interactions, MostPopular.Config config) {
        PopularityModel model = new MostPopular(config).fit(interactions);
        double[] scores = new double[interactions.itemCount()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = model.itemScore(i);
        }
        return scores;
    }

    private CoPurchaseRules rules(InteractionMatrix baskets) {
        int n = baskets.itemCount();
        if (baskets.userCount() == 0) {
            return CoPurchaseRules.none(n);
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
        return new CoPurchaseRules(pointers, items, confidences);
    }

    private ImplicitAls.Config alsConfig(Resolved p) {
        ImplicitAls.Config d = ImplicitAls.Config.defaults(p.seed());
        return new ImplicitAls.Config(p.integer("factors"), p.number("lambda"), p.number("alpha"),
                p.integer("iterations"), d.cgSteps(), settings.threads(), p.seed(),
                p.text("regularization").equals("per-cell") ? ImplicitAls.Regularization.PER_CELL
                        : ImplicitAls.Regularization.CONSTANT);
    }

    private static BprMf.Config bprConfig(Resolved p) {
        return new BprMf.Config(p.integer("factors"), p.number("learningRate"), p.number("lambda"), p.integer("epochs"),
                p.seed());
    }

    private static Sansa.Config sansaConfig(Resolved p) {
        return new Sansa.Config(p.number("lambda"), p.integer("entriesPerItem"), p.integer("inverseSteps"));
    }

    private static KnnConfig itemKnnConfig(Resolved p) {
        return new KnnConfig(p.integer("neighbours"), p.number("shrinkage"));
    }

    private static Plsa.Config plsaConfig(Resolved p) {
        return new Plsa.Config(p.integer("aspects"), p.integer("iterations"), p.seed());
    }

    private static MostPopular.Config popularityConfig(Resolved p) {
        String days = p.text("halfLifeDays");
        return days == null ? MostPopular.Config.withoutDecay() : MostPopular.Config.withHalfLifeDays(Double.parseDouble(days));
    }

    private static Map<String, List<Parameter>> definitions() {
        Parameter seed = Parameter.integer("seed", 42, 0, Long.MAX_VALUE / 2, "seed of everything random");
        Parameter neighbours = Parameter.integer("neighbours", 100, 1, 1000, "weights kept per item for serving");
        Map<String, List<Parameter>> all = new LinkedHashMap<>();
        all.put("blend", List.of(
                Parameter.number("validation", 0.2, 0.05, 0.5, "share of each shopper's cells held out to choose by"),
                seed));
        all.put("ease", List.of(
                Parameter.positive("lambda", Ease.Config.defaults().lambda(), 1e9, "L2 regularisation"),
                neighbours));
        all.put("sansa", List.of(
                Parameter.positive("lambda", Sansa.Config.defaults().lambda(), 1e9, "L2 regularisation"),
                Parameter.integer("entriesPerItem", Sansa.Config.defaults().entriesPerItem(), 1, 10_000,
                        "entries per item of the sparse factor and of its inverse"),
                Parameter.integer("inverseSteps", Sansa.Config.defaults().inverseSteps(), 0, 50,
                        "minimal-residual steps per column of the inverse"),
                neighbours));
        all.put("als", List.of(
                Parameter.integer("factors", 64, 1, 512, "latent dimensions"),
                Parameter.number("lambda", ImplicitAls.DEFAULT_LAMBDA, 0, 1e9, "L2 regularisation"),
                Parameter.positive("alpha", ImplicitAls.DEFAULT_ALPHA, 1e6, "confidence scale, c = 1 + alpha r"),
                Parameter.integer("iterations", 15, 1, 200, "alternating sweeps"),
                Parameter.choice("regularization", "constant", List.of("constant", "per-cell"),
                        "lambda on every row, or times the row's cells as Spark"),
                seed));
        all.put("plsa", List.of(
                Parameter.integer("aspects", Plsa.Config.defaults(0).aspects(), 1, 512, "latent aspects"),
                Parameter.integer("iterations", Plsa.Config.defaults(0).iterations(), 1, 1000, "EM iterations"),
                Parameter.integer("foldInIterations", 30, 1, 1000, "EM steps folding a shopper in"),
                seed));
        all.put("itemknn", List.of(
                Parameter.integer("neighbours", KnnConfig.defaults().neighbours(), 1, 1000, "neighbours kept per item"),
                Parameter.number("shrinkage", KnnConfig.defaults().shrinkage(), 0, 1e6, "damps rare co-occurrences")));
        all.put("bpr", List.of(
                Parameter.integer("factors", 100, 1, 512, "latent dimensions"),
                Parameter.positive("learningRate", 0.01, 10, "SGD step"),
                Parameter.number("lambda", 0.01, 0, 1e3, "L2 regularisation"),
                Parameter.integer("epochs", 100, 1, 1_000, "passes over the cells"),
                seed));
        all.put("pop", List.of(
                Parameter.optional("halfLifeDays", 36_500, "half-life of an interaction's weight; no decay when absent")));
        return all;
    }
}
