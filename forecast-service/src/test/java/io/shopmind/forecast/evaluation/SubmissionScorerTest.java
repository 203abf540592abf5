package io.shopmind.forecast.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubmissionScorerTest {

    /**
     * Worked by hand with the M4 definitions. Series A: training 1, 2, 3, 4 (naive scale 1), actual 5, 6, forecast
     * 5, 5: sMAPE (0 + 200/11) / 2 = 9.090909, MASE 0.5; Naive2 (the naive method, no season) forecasts 4, 4: sMAPE
     * (200/9 + 400/10) / 2 = 31.111111, MASE 1.5. Series B: training 10, 8, 10, 8 (scale 2), actual 10, 10, forecast
     * 9, 11: sMAPE (200/19 + 200/21) / 2 = 10.025063, MASE 0.5; Naive2 8, 8: sMAPE 22.222222, MASE 1. Means: sMAPE
     * 9.557986, MASE 0.5 against Naive2's 26.666667 and 1.25, so OWA = (9.557986 / 26.666667 + 0.5 / 1.25) / 2 =
     * 0.379212. A method that skipped B is scored on A alone: (9.090909 / 31.111111 + 0.5 / 1.5) / 2 = 0.312771.
     */
    @Test
    void owaIsTheMeanOfSmapeAndMaseRelativeToNaive2OverTheSeriesAMethodCovers() {
        List<SubmissionScorer.Heldout> series = List.of(
                new SubmissionScorer.Heldout("A", new double[] {1, 2, 3, 4}, new double[] {5, 6}, 1),
                new SubmissionScorer.Heldout("B", new double[] {10, 8, 10, 8}, new double[] {10, 10}, 1));
        Map<String, Map<String, double[]>> forecasts = new LinkedHashMap<>();
        forecasts.put("complete", Map.of("A", new double[] {5, 5}, "B", new double[] {9, 11}));
        forecasts.put("partial", Map.of("A", new double[] {5, 5}, "B", new double[] {9, Double.NaN}));

        List<SubmissionScorer.Score> scores = SubmissionScorer.score(series, forecasts);

        SubmissionScorer.Score complete = scores.get(0);
        assertThat(complete.series()).isEqualTo(2);
        assertThat(complete.smape()).isCloseTo(9.557986, within(1e-6));
        assertThat(complete.mase()).isCloseTo(0.5, within(1e-12));
        assertThat(complete.naive2Smape()).isCloseTo(26.666667, within(1e-6));
        assertThat(complete.naive2Mase()).isCloseTo(1.25, within(1e-12));
        assertThat(complete.owa()).isCloseTo(0.379212, within(1e-6));
        SubmissionScorer.Score partial = scores.get(1);
        assertThat(partial.series()).isEqualTo(1);
        assertThat(partial.missing()).isEqualTo(1);
        assertThat(partial.owa()).isCloseTo(0.312771, within(1e-6));
    }

    @Test
    void theHoldoutEvaluatorsOwaIsTheSame() {
        double[] forecast = {5, 5};
        Candidate fixed = new Candidate("fixed", (y, m) -> new io.shopmind.forecast.model.FittedModel() {
            @Override
            public String name() {
                return "fixed";
            }

            @Override
            public io.shopmind.forecast.model.Forecast forecast(int horizon, double... levels) {
                return new io.shopmind.forecast.model.Forecast("fixed", y[0] == 1 ? forecast : new double[] {9, 11},
                        io.shopmind.forecast.baseline.GaussianIntervals.of(forecast, new double[] {1, 1}, levels));
            }
        });
        EvaluationReport report = new HoldoutEvaluator(List.of(fixed), 2, 80).evaluate(List.of(
                new HoldoutSeries("A", new double[] {1, 2, 3, 4, 5, 6}, 1),
                new HoldoutSeries("B", new double[] {10, 8, 10, 8, 10, 10}, 1)));
        assertThat(report.model("fixed").owa()).isCloseTo(0.379212, within(1e-6));
        assertThat(report.naive2().smape()).isCloseTo(26.666667, within(1e-6));
    }
}
