package io.shopmind.recommendation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopmind.recommendation.ease.Ease;
import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.model.TestMatrices;
import io.shopmind.recommendation.popularity.MostPopular;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoldoutSelectionTest {

    @Test
    void picksTheCandidateThatRanksTheHoldoutBestAndRefitsItOnAllData() {
        InteractionMatrix m = TestMatrices.twoGroups(80, 30, 8, 4);
        HoldoutSelection selection = new HoldoutSelection("choice", List.of(
                new HoldoutSelection.Candidate("popularity", new MostPopular()),
                new HoldoutSelection.Candidate("ease", new Ease(new Ease.Config(5)))), 0.75, 5, 2, 1);

        HoldoutSelection.Selected selected = selection.fit(m);

        assertThat(selected.label()).isEqualTo("ease");
        assertThat(selected.trials()).extracting(HoldoutSelection.Trial::label).containsExactly("popularity", "ease");
        assertThat(selected.trials().get(1).ndcg()).isGreaterThan(selected.trials().get(0).ndcg());
        assertThat(selected.interactions()).isSameAs(m);
    }

    @Test
    void validatesItsArguments() {
        assertThatThrownBy(() -> new HoldoutSelection("x", List.of(), 0.75, 5, 1, 1)).hasMessageContaining("candidates");
        assertThatThrownBy(() -> new HoldoutSelection("x",
                List.of(new HoldoutSelection.Candidate("p", new MostPopular())), 1.5, 5, 1, 1))
                .hasMessageContaining("ratio");
    }
}
