package io.shopmind.inventory.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.shopmind.inventory.classification.AbcXyzClassifier.Abc;
import io.shopmind.inventory.classification.AbcXyzClassifier.SkuDemand;
import io.shopmind.inventory.classification.AbcXyzClassifier.Xyz;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbcXyzClassifierTest {

    @Test
    void paretoSplitAndVariability() {
        // values 700, 150, 100, 50: cumulative before = 0, 0.70, 0.85, 0.95
        var skus = List.of(
                new SkuDemand("b", new double[] {15, 15, 15, 15, 15, 15, 15, 15, 15, 15}, 1),
                new SkuDemand("a", new double[] {70, 70, 70, 70, 70, 70, 70, 70, 70, 70}, 1),
                new SkuDemand("d", new double[] {0, 0, 0, 0, 50, 0, 0, 0, 0, 0}, 1),
                new SkuDemand("c", new double[] {5, 15, 5, 15, 5, 15, 5, 15, 5, 15}, 1));
        var result = new AbcXyzClassifier().classify(skus);
        assertThat(result).extracting(AbcXyzClassifier.Classification::sku).containsExactly("b", "a", "d", "c");
        assertThat(result).extracting(AbcXyzClassifier.Classification::abc)
                .containsExactly(Abc.A, Abc.A, Abc.C, Abc.B);
        assertThat(result).extracting(AbcXyzClassifier.Classification::xyz)
                .containsExactly(Xyz.X, Xyz.X, Xyz.Z, Xyz.Y);
        assertThat(result.get(3).coefficientOfVariation()).isCloseTo(Math.sqrt(250.0 / 9) / 10, within(1e-12));
        assertThat(result.get(1).label()).isEqualTo("AX");
    }

    @Test
    void rejectsNegativeDemand() {
        assertThatThrownBy(() -> new SkuDemand("x", new double[] {-1}, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("demand");
    }
}
