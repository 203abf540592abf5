package io.shopmind.recommendation.algorithm;

import io.shopmind.recommendation.evaluation.RankingEvaluator;
import io.shopmind.recommendation.evaluation.Split;
import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.model.BlendScorer;
import io.shopmind.recommendation.model.Profile;
import io.shopmind.recommendation.model.RankedItems;
import io.shopmind.recommendation.model.Scorer;
import io.shopmind.recommendation.model.TopK;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The default model: a blend of three families that see different structure, an item-item autoencoder (EASE, or
 * SANSA past {@value #DENSE_ITEMS} items), implicit ALS and the pLSA aspect model, with each family's settings and
 * the blend's weights chosen by validation nDCG@10 on a per-shopper holdout of the training data (the stacking of
 * the Netflix Prize ensembles, Töscher, Jahrer &amp; Bell 2009, with one weight per model). The families are then
 * refitted on all the training data and served together; a family whose weight is zero is left out.
 */
final class BlendTraining {

    /** Past this many items the item-item family is SANSA: a dense inverse of each grid point would take minutes. */
    static final int DENSE_ITEMS = 4_000;
    private static final int K = 10;
    private static final int HISTORY = 200;
    /** Weights are searched on a grid of this step over the simplex. */
    private static final double STEP = 0.1;
    /** Validation shoppers the weights are chosen on, at most. */
    private static final int WEIGHT_USERS = 3_000;
    /** Candidates kept per shopper and family when the weights are searched. */
    private static final int POOL = 50;

    /**
     * A trained blend.
     *
     * @param parts   each family's chosen settings
     * @param weights their weights, summing to one
     * @param scorer  what is served
     */
    record Blend(List<AlgorithmSpec> parts, double[] weights, Scorer scorer) {

        /** The parts and weights, e.g. {@code ease(lambda=250)*0.4+als(...)*0.1+plsa(aspects=32)*0.5}. */
        String describe() {
            StringBuilder out = new StringBuilder();
            for (int p = 0; p < parts.size(); p++) {
                out.append(p == 0 ? "" : "+").append(parts.get(p))
                        .append(String.format(Locale.ROOT, "*%.2f", weights[p]));
            }
            return out.toString();
        }
    }

    private final Algorithms algorithms;
    private final double validationShare;
    private final long seed;

    BlendTraining(Algorithms algorithms, Algorithms.Resolved spec) {
        this.algorithms = algorithms;
        this.validationShare = spec.number("validation");
        this.seed = spec.seed();
    }

    Blend train(InteractionMatrix interactions, Algorithms.Progress progress) {
        String itemFamily = interactions.itemCount() <= DENSE_ITEMS ? "ease" : "sansa";
        List<AlgorithmSpec> families = List.of(
                new AlgorithmSpec(itemFamily, new java.util.TreeMap<>()),
                new AlgorithmSpec("als", new java.util.TreeMap<>(Map.of("seed", Long.toString(seed)))),
                new AlgorithmSpec("plsa", new java.util.TreeMap<>(Map.of("seed", Long.toString(seed)))));
        int total = families.stream().mapToInt(f -> Algorithms.grid(f.algorithm()).size()).sum() + 1 + families.size();
        Validation validation = new Validation(Split.stratified(interactions, 1 - validationShare, seed), K, HISTORY,
                algorithms.settings().threads());
        List<Tuning.Choice> choices = new ArrayList<>();
        int done = 0;
        for (AlgorithmSpec family : families) {
            Tuning.Choice choice = Tuning.choose(algorithms, family, validation, progress, done, total);
            choices.add(choice);
            done += choice.trials().size();
        }
        double[] weights = weights(choices.stream().map(Tuning.Choice::scorer).toList(), validation.split());
        progress.report(++done, total, "chose the weights " + Arrays.toString(weights) + " for "
                + choices.stream().map(c -> c.best().algorithm()).toList());
        List<AlgorithmSpec> parts = new ArrayList<>();
        List<Scorer> scorers = new ArrayList<>();
        List<Double> kept = new ArrayList<>();
        for (int p = 0; p < choices.size(); p++) {
            if (weights[p] > 0) {
                AlgorithmSpec best = choices.get(p).best();
                parts.add(best);
                scorers.add(algorithms.scorer(Algorithms.resolve(best), interactions));
                kept.add(weights[p]);
            }
            progress.report(++done, total, weights[p] > 0 ? "refitted " + choices.get(p).best() + " on all the"
                    + " training data" : "left out " + choices.get(p).best().algorithm() + ", weighted 0");
        }
        double[] keptWeights = kept.stream().mapToDouble(Double::doubleValue).toArray();
        Scorer scorer = scorers.size() == 1 ? scorers.get(0) : new BlendScorer(scorers, keptWeights);
        return new Blend(parts, keptWeights, scorer);
    }

    /**
     * The weights on the simplex grid with the best validation nDCG@k, ranking each shopper's pooled candidates (the
     * union of every part's best {@value #POOL}) by the weighted standardised scores, as {@link BlendScorer} does.
     * Ties go to the earlier grid point, which weighs the earlier parts more.
     */
    private static double[] weights(List<Scorer> parts, Split split) {
        InteractionMatrix train = split.train();
        InteractionMatrix test = split.test();
        int n = train.itemCount();
        int m = parts.size();
        int[] users = sampleUsers(train, test);
        int[][] pools = new int[users.length][];
        double[][] standardised = new double[users.length][];
        java.util.stream.IntStream.range(0, users.length).parallel().forEach(s -> {
            int u = users[s];
            Profile profile = Profile.ofRow(train, u, HISTORY);
            double[][] z = new double[m][n];
            boolean[] eligible = new boolean[n];
            for (int i = 0; i < n; i++) {
                eligible[i] = train.columnLength(i) > 0;
            }
            for (int p = train.rowStart(u); p < train.rowEnd(u); p++) {
                eligible[train.itemAt(p)] = false;
            }
            java.util.Set<Integer> pool = new java.util.TreeSet<>();
            double[] raw = new double[n];
            for (int part = 0; part < m; part++) {
                parts.get(part).score(profile, raw);
                BlendScorer.addStandardised(raw, n, 1.0, z[part]);
                double[] masked = z[part].clone();
                for (int i = 0; i < n; i++) {
                    if (!eligible[i]) {
                        masked[i] = Double.NEGATIVE_INFINITY;
                    }
                }
                RankedItems top = TopK.select(masked, POOL);
                for (int r = 0; r < top.size(); r++) {
                    pool.add(top.item(r));
                }
            }
            int[] items = pool.stream().mapToInt(Integer::intValue).toArray();
            double[] values = new double[items.length * m];
            for (int c = 0; c < items.length; c++) {
                for (int part = 0; part < m; part++) {
                    values[c * m + part] = z[part][items[c]];
                }
            }
            pools[s] = items;
            standardised[s] = values;
        });
        double[] best = null;
        double bestNdcg = Double.NEGATIVE_INFINITY;
        for (double[] w : simplex(m)) {
            int[][] lists = new int[train.userCount()][];
            for (int s = 0; s < users.length; s++) {
                int[] items = pools[s];
                double[] scores = new double[n];
                Arrays.fill(scores, Double.NEGATIVE_INFINITY);
                for (int c = 0; c < items.length; c++) {
                    double score = 0;
                    for (int part = 0; part < m; part++) {
                        score += w[part] * standardised[s][c * m + part];
                    }
                    scores[items[c]] = score;
                }
                lists[users[s]] = TopK.select(scores, items, items.length, K).items();
            }
            double ndcg = RankingEvaluator.metrics(lists, train, test, K).ndcg();
            if (ndcg > bestNdcg) {
                bestNdcg = ndcg;
                best = w;
            }
        }
        return best;
    }

    /** Up to {@value #WEIGHT_USERS} evaluated shoppers, drawn without replacement in index order. */
    private static int[] sampleUsers(InteractionMatrix train, InteractionMatrix test) {
        int[] evaluated = java.util.stream.IntStream.range(0, train.userCount())
                .filter(u -> RankingEvaluator.evaluated(train, test, u)).toArray();
        if (evaluated.length <= WEIGHT_USERS) {
            return evaluated;
        }
        SplittableRandom random = new SplittableRandom(evaluated.length);
        for (int i = evaluated.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = evaluated[i];
            evaluated[i] = evaluated[j];
            evaluated[j] = t;
        }
        int[] sample = Arrays.copyOf(evaluated, WEIGHT_USERS);
        Arrays.sort(sample);
        return sample;
    }

    /** Every weight vector of {@code m} parts on the grid of step {@value #STEP} that sums to one. */
    private static List<double[]> simplex(int m) {
        int steps = (int) Math.round(1 / STEP);
        List<double[]> points = new ArrayList<>();
        addPoints(new int[m], 0, steps, points, steps);
        return points;
    }

    private static void addPoints(int[] counts, int part, int left, List<double[]> points, int steps) {
        if (part == counts.length - 1) {
            counts[part] = left;
            double[] w = new double[counts.length];
            for (int p = 0; p < counts.length; p++) {
                w[p] = (double) counts[p] / steps;
            }
            points.add(w);
            return;
        }
        for (int c = left; c >= 0; c--) {
            counts[part] = c;
            addPoints(counts, part + 1, left - c, points, steps);
        }
    }
}
