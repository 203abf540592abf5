package io.shopmind.recommendation.popularity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.shopmind.recommendation.interaction.InteractionLog;
import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.model.RankedItems;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MostPopularTest {

    private static final long DAY = 86_400;

    // "old" was bought by three users 20 days before the last event; "new" by two users on the last day
    private final InteractionMatrix matrix = new InteractionLog.Builder()
            .add("u1", "old", 1, 0)
            .add("u2", "old", 1, 0)
            .add("u3", "old", 1, 0)
            .add("u1", "new", 1, 20 * DAY)
            .add("u2", "new", 1, 20 * DAY)
            .add("u3", "mid", 1, 10 * DAY)
            .build()
            .toMatrix();

    @Test
    void withoutDecayCountsInteractions() {
        PopularityModel model = new MostPopular().fit(matrix);
        assertThat(ids(model.top(3))).containsExactly("old", "new", "mid");
        assertThat(model.itemScore(matrix.items().indexOf("old"))).isEqualTo(3.0);
    }

    @Test
    void decayHalvesAWeightEveryHalfLife() {
        PopularityModel model = new MostPopular(MostPopular.Config.withHalfLifeDays(10)).fit(matrix);
        assertThat(model.itemScore(matrix.items().indexOf("old"))).isCloseTo(3 * 0.25, within(1e-12));
        assertThat(model.itemScore(matrix.items().indexOf("mid"))).isCloseTo(0.5, within(1e-12));
        assertThat(ids(model.top(3))).containsExactly("new", "old", "mid");
    }

    @Test
    void ranksWithinEachCategoryAndExcludesSeenItemsPerUser() {
        PopularityModel model = new MostPopular().fit(matrix);
        Map<String, RankedItems> byCategory = model.topByCategory(Map.of("old", "books", "mid", "books", "new", "toys"), 5);
        assertThat(ids(byCategory.get("books"))).containsExactly("old", "mid");
        assertThat(ids(byCategory.get("toys"))).containsExactly("new");

        int u1 = matrix.users().indexOf("u1");
        assertThat(ids(model.recommendUnseen(u1, 5))).containsExactly("mid");
    }

    @Test
    void rejectsANonPositiveHalfLife() {
        assertThatThrownBy(() -> new MostPopular.Config(0)).hasMessageContaining("halfLifeSeconds");
    }

    private String[] ids(RankedItems ranked) {
        String[] ids = new String[ranked.size()];
        for (int r = 0; r < ids.length; r++) {
            ids[r] = matrix.items().idOf(ranked.item(r));
        }
        return ids;
    }
}
