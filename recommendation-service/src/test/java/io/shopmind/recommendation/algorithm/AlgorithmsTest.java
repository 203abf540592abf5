package io.shopmind.recommendation.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopmind.recommendation.association.CoPurchase;
import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.model.AspectScorer;
import io.shopmind.recommendation.model.FactorScorer;
import io.shopmind.recommendation.model.NeighbourScorer;
import io.shopmind.recommendation.model.PopularityScorer;
import io.shopmind.recommendation.model.Scorer;
import io.shopmind.recommendation.model.ServedModel;
import io.shopmind.recommendation.model.TestMatrices;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlgorithmsTest {

    private final Algorithms algorithms = new Algorithms(new Algorithms.Settings(7, CoPurchase.Config.defaults(), 2));

    @Test
    void theApiAndTheCommandLineSpellTheSameSpec() {
        AlgorithmSpec fromJson = Algorithms.check(AlgorithmSpec.of("als", Map.of("factors", 32, "lambda", 0.5,
                "regularization", "per-cell")));
        AlgorithmSpec fromCommandLine = Algorithms.check(AlgorithmSpec.parse("als(factors=32.0, lambda=0.50,"
                + "regularization=per-cell)"));
        assertThat(fromJson).isEqualTo(fromCommandLine);
        assertThat(fromJson.toString()).isEqualTo("als(factors=32,lambda=0.5,regularization=per-cell)");
        assertThat(AlgorithmSpec.parse(fromJson.toString())).isEqualTo(fromJson);
        assertThat(Algorithms.resolvedParameters(AlgorithmSpec.parse("ease"))).isEqualTo("lambda=500,neighbours=100");
    }

    @Test
    void namesTheFieldOfEveryMistake() {
        assertThatThrownBy(() -> Algorithms.check(AlgorithmSpec.parse("magic")))
                .hasMessageStartingWith("algorithm: 'magic' is not one of [blend, ease, sansa, als, plsa");
        assertThatThrownBy(() -> Algorithms.check(AlgorithmSpec.parse("ease(alpha=1)")))
                .hasMessage("params.alpha: not a parameter of ease; known: [lambda, neighbours]");
        assertThatThrownBy(() -> Algorithms.check(AlgorithmSpec.parse("ease(lambda=0)")))
                .hasMessage("params.lambda: must be within (0, 1000000000], was 0");
        assertThatThrownBy(() -> Algorithms.check(AlgorithmSpec.parse("als(factors=2.5)")))
                .hasMessage("params.factors: must be a whole number, was '2.5'");
        assertThatThrownBy(() -> Algorithms.check(AlgorithmSpec.parse("als(regularization=spark)")))
                .hasMessage("params.regularization: must be one of [constant, per-cell], was 'spark'");
        assertThatThrownBy(() -> Algorithms.check(AlgorithmSpec.parse("itemknn(neighbours=1e9)")))
                .hasMessage("params.neighbours: must be within [1, 1000], was 1e9");
        assertThatThrownBy(() -> AlgorithmSpec.parse("ease(lambda)")).hasMessageContaining("param=value");
    }

    @Test
    void buildsEachFamilysScorer() {
        InteractionMatrix m = TestMatrices.twoGroups(40, 20, 5, 3);
        Map<String, Class<? extends Scorer>> families = Map.of("als(factors=4,iterations=3)", FactorScorer.class,
                "bpr(factors=4,epochs=3)", FactorScorer.class, "ease(lambda=5)", NeighbourScorer.class,
                "sansa(lambda=5,entriesPerItem=5)", NeighbourScorer.class, "itemknn", NeighbourScorer.class,
                "plsa(aspects=2,iterations=5)", AspectScorer.class, "pop(halfLifeDays=30)", PopularityScorer.class);
        families.forEach((spec, type) -> {
            ServedModel model = algorithms.train(AlgorithmSpec.parse(spec), m, m, Algorithms.Progress.none());
            assertThat(model.scorer()).as(spec).isInstanceOf(type);
            assertThat(model.algorithm()).isEqualTo(spec.replaceAll("\\(.*", ""));
            assertThat(model.itemCount()).isEqualTo(m.itemCount());
        });
        ServedModel ease = algorithms.train(AlgorithmSpec.parse("ease(lambda=5,neighbours=3)"), m, m,
                Algorithms.Progress.none());
        assertThat(ease.parameters()).isEqualTo("lambda=5,neighbours=3");
        assertThat(ease.scorer().similar(0, 10).size()).isEqualTo(3);
    }

    @Test
    void aLibraryFormExistsForEverySingleFamily() {
        for (String name : Algorithms.names()) {
            if (name.equals("blend")) {
                assertThatThrownBy(() -> algorithms.recommender(AlgorithmSpec.parse(name)))
                        .hasMessageContaining("served only");
            } else {
                assertThat(algorithms.recommender(AlgorithmSpec.parse(name)).name()).isEqualTo(name);
            }
        }
    }
}
