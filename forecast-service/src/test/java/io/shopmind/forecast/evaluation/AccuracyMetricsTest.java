package io.shopmind.forecast.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class AccuracyMetricsTest {

    @Test
    void smapeAndMaseOnAWorkedExample() {
        double[] insample = {10, 12, 14, 13, 15};
        double[] actual = {16, 18};
        double[] forecast = {15, 20};
        // 200*1/31 and 200*2/38
        assertThat(AccuracyMetrics.smape(actual, forecast)).isCloseTo((200.0 / 31 + 400.0 / 38) / 2, within(1e-12));
        // naive MAE in sample: (2 + 2 + 1 + 2) / 4 = 1.75; forecast MAE 1.5
        assertThat(AccuracyMetrics.mase(insample, 1, actual, forecast)).isCloseTo(1.5 / 1.75, within(1e-12));
        assertThat(AccuracyMetrics.owa(10, 1, 20, 2)).isEqualTo(0.5);
        assertThat(AccuracyMetrics.coverage(actual, new double[] {15, 19}, new double[] {17, 21})).isEqualTo(0.5);
    }

    @Test
    void rejectsMismatchedLengths() {
        assertThatThrownBy(() -> AccuracyMetrics.smape(new double[2], new double[3])).hasMessageContaining("same");
        assertThatThrownBy(() -> AccuracyMetrics.naiveScale(new double[5], 0)).hasMessageContaining("seasonalPeriod");
    }

    @Property(tries = 200)
    void smapeOfAPerfectForecastIsZero(@ForAll @Size(min = 1, max = 30) double[] actual) {
        assertThat(AccuracyMetrics.smape(actual, actual.clone())).isZero();
    }

    @Property(tries = 200)
    void maseIsTheForecastErrorInUnitsOfTheInSampleNaiveError(
            @ForAll @Size(min = 3, max = 30) List<@DoubleRange(min = -1e4, max = 1e4) Double> insampleValues,
            @ForAll @Size(value = 4) List<@DoubleRange(min = -1e4, max = 1e4) Double> actualValues,
            @ForAll @DoubleRange(min = 0.1, max = 10) double factor,
            @ForAll @IntRange(min = 1, max = 4) int m) {
        double[] insample = insampleValues.stream().mapToDouble(Double::doubleValue).toArray();
        double[] actual = actualValues.stream().mapToDouble(Double::doubleValue).toArray();
        double scale = AccuracyMetrics.naiveScale(insample, m);
        Assume.that(scale > 1e-6);
        double[] forecast = new double[4];
        double[] stretched = new double[insample.length];
        for (int i = 0; i < insample.length; i++) {
            stretched[i] = insample[i] * factor;
        }
        for (int h = 0; h < 4; h++) {
            forecast[h] = actual[h] + 1;
        }
        double mase = AccuracyMetrics.mase(insample, m, actual, forecast);
        assertThat(mase).isCloseTo(1 / scale, within(1e-6 / scale));
        assertThat(AccuracyMetrics.mase(stretched, m, actual, forecast)).isCloseTo(mase / factor, within(1e-6 * mase));
    }
}
