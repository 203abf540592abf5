package io.shopmind.recommendation.evaluation;

import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.model.Profile;
import io.shopmind.recommendation.model.RecommendationModel;
import io.shopmind.recommendation.model.Scorer;
import io.shopmind.recommendation.model.TopK;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Full-catalogue offline ranking evaluation: for every user with training and test cells, the model ranks every
 * training item the user has not interacted with in training (no sampled negatives), and the top k are compared
 * with the user's test items. A served model ranks as a replica serves it, folding each user in from their training
 * history; a trained model ranks with what training learnt about its users.
 */
public final class RankingEvaluator {

    private RankingEvaluator() {
    }

    /**
     * The top-k item lists of every evaluated user, indexed by user; {@code null} for users without training or
     * test cells. Users are ranked in parallel on {@code threads} threads; the result does not depend on it.
     */
    public static int[][] recommendAll(RecommendationModel model, InteractionMatrix test, int k, int threads) {
        return recommendAll(model, test, null, k, threads);
    }

    /**
     * As {@link #recommendAll(RecommendationModel, InteractionMatrix, int, int)}, with each user's {@code masked}
     * cells (validation cells, when not null) left out of the lists as the training cells are.
     */
    public static int[][] recommendAll(RecommendationModel model, InteractionMatrix test, InteractionMatrix masked,
            int k, int threads) {
        checkArguments(k, threads);
        InteractionMatrix train = model.interactions();
        checkIndex(train, test);
        return rankUsers(train, test, threads, u -> masked == null || masked.rowLength(u) == 0
                ? model.recommendUnseen(u, k).items()
                : withoutMasked(model.recommendUnseen(u, k + masked.rowLength(u)).items(), masked.itemsOf(u), k));
    }

    /**
     * The top-k lists of every evaluated user as a replica serves them: each user is folded into the served
     * {@code scorer} from the {@code history} most recent of their training cells, as the storefront folds a shopper
     * in from the stored interactions, and the scorer ranks every item with training interactions that the user has
     * neither in training nor among the {@code masked} cells (when not null).
     */
    public static int[][] recommendAll(Scorer scorer, InteractionMatrix train, InteractionMatrix test,
            InteractionMatrix masked, int k, int history, int threads) {
        checkArguments(k, threads);
        checkIndex(train, test);
        if (scorer.itemCount() != train.itemCount() || history < 1) {
            throw new IllegalArgumentException("scorer: must rank the training items, from a history of at least one");
        }
        int n = train.itemCount();
        boolean[] trained = new boolean[n];
        for (int i = 0; i < n; i++) {
            trained[i] = train.columnLength(i) > 0;
        }
        return rankUsers(train, test, threads, u -> {
            double[] scores = new double[n];
            scorer.score(Profile.ofRow(train, u, history), scores);
            for (int i = 0; i < n; i++) {
                if (!trained[i]) {
                    scores[i] = Double.NEGATIVE_INFINITY;
                }
            }
            for (int p = train.rowStart(u); p < train.rowEnd(u); p++) {
                scores[train.itemAt(p)] = Double.NEGATIVE_INFINITY;
            }
            if (masked != null) {
                for (int p = masked.rowStart(u); p < masked.rowEnd(u); p++) {
                    scores[masked.itemAt(p)] = Double.NEGATIVE_INFINITY;
                }
            }
            return TopK.select(scores, k).items();
        });
    }

    private static void checkArguments(int k, int threads) {
        if (k < 1) {
            throw new IllegalArgumentException("k: must be at least 1, was " + k);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads: must be at least 1, was " + threads);
        }
    }

    private static void checkIndex(InteractionMatrix train, InteractionMatrix test) {
        if (train.users() != test.users() || train.items() != test.items()) {
            throw new IllegalArgumentException("test: must share the model's user and item index");
        }
    }

    /** Ranks every evaluated user on {@code threads} threads; the lists do not depend on the number of threads. */
    private static int[][] rankUsers(InteractionMatrix train, InteractionMatrix test, int threads,
            IntFunction<int[]> rank) {
        int users = train.userCount();
        int[][] lists = new int[users][];
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "ranking-evaluation");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> tasks = new ArrayList<>();
            int block = 64;
            for (int from = 0; from < users; from += block) {
                int begin = from;
                int end = Math.min(users, from + block);
                tasks.add(pool.submit(() -> {
                    for (int u = begin; u < end; u++) {
                        if (evaluated(train, test, u)) {
                            lists[u] = rank.apply(u);
                        }
                    }
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("evaluation failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return lists;
    }

    /** The first {@code k} of {@code ranked} that are not in the sorted {@code masked}. */
    private static int[] withoutMasked(int[] ranked, int[] masked, int k) {
        int[] kept = new int[Math.min(k, ranked.length)];
        int size = 0;
        for (int item : ranked) {
            if (size == kept.length) {
                break;
            }
            if (Arrays.binarySearch(masked, item) < 0) {
                kept[size++] = item;
            }
        }
        return Arrays.copyOf(kept, size);
    }

    /** Whether user {@code u} is evaluated: the user has both training and test cells. */
    public static boolean evaluated(InteractionMatrix train, InteractionMatrix test, int u) {
        return train.rowLength(u) > 0 && test.rowLength(u) > 0;
    }

    /**
     * Metrics of {@code recommendations} (best first, per user; null for users not evaluated) against the test
     * cells; see {@link RankingMetrics} for the definitions.
     */
    public static RankingMetrics metrics(int[][] recommendations, InteractionMatrix train, InteractionMatrix test,
            int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k: must be at least 1, was " + k);
        }
        if (recommendations.length != test.userCount()) {
            throw new IllegalArgumentException("recommendations: expected one entry per user (" + test.userCount() + ")");
        }
        double precision = 0;
        double recall = 0;
        double ndcg = 0;
        double map = 0;
        double mapAtK = 0;
        double hitRate = 0;
        int users = 0;
        boolean[] recommended = new boolean[train.itemCount()];
        int distinctRecommended = 0;
        for (int u = 0; u < recommendations.length; u++) {
            int[] list = recommendations[u];
            if (list == null) {
                continue;
            }
            int relevant = test.rowLength(u);
            if (relevant == 0) {
                throw new IllegalArgumentException("recommendations: user " + u + " has no test cells");
            }
            users++;
            int[] truth = test.itemsOf(u);
            int hits = 0;
            double dcg = 0;
            double precisionSum = 0;
            int length = Math.min(k, list.length);
            for (int r = 0; r < length; r++) {
                int item = list[r];
                if (!recommended[item]) {
                    recommended[item] = true;
                    distinctRecommended++;
                }
                if (Arrays.binarySearch(truth, item) >= 0) {
                    hits++;
                    int rank = r + 1;
                    dcg += 1.0 / Math.log(1 + rank);
                    precisionSum += (double) hits / rank;
                }
            }
            double idcg = 0;
            for (int rank = 1; rank <= Math.min(relevant, k); rank++) {
                idcg += 1.0 / Math.log(1 + rank);
            }
            precision += (double) hits / k;
            recall += (double) hits / relevant;
            ndcg += dcg / idcg;
            map += precisionSum / relevant;
            mapAtK += precisionSum / Math.min(relevant, k);
            hitRate += hits > 0 ? 1 : 0;
        }
        int trainItems = 0;
        for (int i = 0; i < train.itemCount(); i++) {
            if (train.columnLength(i) > 0) {
                trainItems++;
            }
        }
        double coverage = trainItems == 0 ? 0 : (double) distinctRecommended / trainItems;
        if (users == 0) {
            return new RankingMetrics(k, 0, 0, 0, 0, 0, 0, 0, coverage);
        }
        return new RankingMetrics(k, users, precision / users, recall / users, ndcg / users, map / users,
                mapAtK / users, hitRate / users, coverage);
    }
}
