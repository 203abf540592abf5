package io.shopmind.recommendation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.recommendation.interaction.InteractionLog;
import io.shopmind.recommendation.interaction.InteractionMatrix;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RankingMetricsPropertyTest {

    @Property(tries = 100)
    void everyMetricLiesBetweenZeroAndOne(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int k) {
        Random random = new Random(seed);
        int users = 1 + random.nextInt(8);
        int items = 2 + random.nextInt(15);
        InteractionLog.Builder b = new InteractionLog.Builder();
        for (int i = 0; i < items; i++) {
            b.add("u0", "i" + i, 1, 0);
        }
        for (int e = 0; e < users * 4; e++) {
            b.add("u" + random.nextInt(users), "i" + random.nextInt(items), 1, e);
        }
        InteractionMatrix all = b.build().toMatrix();
        Split split = Split.stratified(all, 0.5, seed);
        int[][] lists = new int[all.userCount()][];
        for (int u = 0; u < lists.length; u++) {
            if (RankingEvaluator.evaluated(split.train(), split.test(), u)) {
                // like the ranker: distinct training items the user has not seen in training
                int user = u;
                int length = random.nextInt(k + 1);
                lists[u] = random.ints(0, items).distinct().limit(items)
                        .filter(i -> split.train().columnLength(i) > 0 && !split.train().contains(user, i))
                        .limit(length).toArray();
            }
        }
        RankingMetrics m = RankingEvaluator.metrics(lists, split.train(), split.test(), k);
        for (double value : new double[] {m.precision(), m.recall(), m.ndcg(), m.map(), m.mapAtK(), m.hitRate(),
                m.coverage()}) {
            assertThat(value).isBetween(0.0, 1.0);
        }
        assertThat(m.map()).isLessThanOrEqualTo(m.mapAtK());
    }
}
