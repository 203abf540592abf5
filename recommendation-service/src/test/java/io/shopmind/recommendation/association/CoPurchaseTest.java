package io.shopmind.recommendation.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.shopmind.recommendation.interaction.InteractionLog;
import io.shopmind.recommendation.interaction.InteractionMatrix;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoPurchaseTest {

    // baskets {a,b}, {a,b,c}, {a}, {c}: a in 3, b in 2, c in 2; ab in 2, ac in 1, bc in 1
    private final InteractionMatrix baskets = new InteractionLog.Builder()
            .add("o1", "a", 1, 0).add("o1", "b", 1, 0)
            .add("o2", "a", 1, 0).add("o2", "b", 1, 0).add("o2", "c", 1, 0)
            .add("o3", "a", 1, 0)
            .add("o4", "c", 1, 0)
            .build().toMatrix();

    private int item(String id) {
        return baskets.items().indexOf(id);
    }

    @Test
    void computesSupportConfidenceAndLift() {
        CoPurchase.Model model = new CoPurchase(new CoPurchase.Config(1, 0, 10)).fit(baskets);

        AssociationRule aToB = model.rulesFor(item("a")).get(0);
        assertThat(aToB.consequent()).isEqualTo(item("b"));
        assertThat(aToB.count()).isEqualTo(2);
        assertThat(aToB.support()).isCloseTo(0.5, within(1e-12));
        assertThat(aToB.confidence()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(aToB.lift()).isCloseTo(4.0 / 3, within(1e-12));

        AssociationRule bToA = model.rulesFor(item("b")).get(0);
        assertThat(bToA.consequent()).isEqualTo(item("a"));
        assertThat(bToA.confidence()).isCloseTo(1.0, within(1e-12));
        assertThat(bToA.lift()).isCloseTo(4.0 / 3, within(1e-12));

        AssociationRule aToC = model.rulesFor(item("a")).get(1);
        assertThat(aToC.confidence()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(aToC.lift()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void dropsRareAndWeakPairs() {
        CoPurchase.Model model = new CoPurchase(new CoPurchase.Config(2, 0.5, 10)).fit(baskets);
        List<AssociationRule> fromA = model.rulesFor(item("a"));
        assertThat(fromA).extracting(AssociationRule::consequent).containsExactly(item("b"));
        assertThat(model.rulesFor(item("c"))).isEmpty();
    }

    @Test
    void recommendsByTheMostConfidentRuleFromTheBasket() {
        CoPurchase.Model model = new CoPurchase(new CoPurchase.Config(1, 0, 10)).fit(baskets);
        int o4 = baskets.users().indexOf("o4");
        // from c: c→a and c→b both have confidence 1/2; ties go to the lower item index
        assertThat(model.recommendUnseen(o4, 2).items()).containsExactly(item("a"), item("b"));
    }

    @Test
    void validatesConfig() {
        assertThatThrownBy(() -> new CoPurchase.Config(0, 0, 1)).hasMessageContaining("minCount");
        assertThatThrownBy(() -> new CoPurchase.Config(1, 2, 1)).hasMessageContaining("minConfidence");
    }
}
