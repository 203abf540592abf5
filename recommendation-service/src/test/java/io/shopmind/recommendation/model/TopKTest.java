package io.shopmind.recommendation.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class TopKTest {

    @Test
    void picksTheHighestScoresBestFirstBreakingTiesByLowerItem() {
        RankedItems top = TopK.select(new double[] {0.1, 0.9, 0.5, 0.9, Double.NEGATIVE_INFINITY, Double.NaN}, 3);
        assertThat(top.items()).containsExactly(1, 3, 2);
        assertThat(top.scores()).containsExactly(0.9, 0.9, 0.5);
    }

    @Test
    void returnsFewerWhenFewerAreEligible() {
        RankedItems top = TopK.select(new double[] {Double.NEGATIVE_INFINITY, 2.0}, 5);
        assertThat(top.items()).containsExactly(1);
    }

    @Property(tries = 200)
    void matchesAFullSort(@ForAll @Size(min = 0, max = 60) double[] scores, @ForAll @IntRange(min = 1, max = 20) int k) {
        RankedItems top = TopK.select(scores, k);
        int[] expected = IntStream.range(0, scores.length)
                .boxed()
                .filter(i -> scores[i] > Double.NEGATIVE_INFINITY)
                .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparing(i -> i))
                .limit(k)
                .mapToInt(Integer::intValue)
                .toArray();
        assertThat(top.items()).containsExactly(expected);
        assertThat(Arrays.stream(top.items()).distinct().count()).isEqualTo(top.size());
    }
}
