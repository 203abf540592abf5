package io.shopmind.supportbot.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import smile.classification.SparseLogisticRegression;
import smile.data.SparseDataset;
import smile.util.SparseArray;

/**
 * The SGD fit against Smile's L-BFGS fit of the same L2-regularised multinomial logistic regression on the CLINC150
 * slice's lexical features. Smile fixes the last class's logit at zero: its weights are a point of our parameter
 * space, so our fit must reach an objective at least as low (within SGD's noise), and the labels must agree.
 */
class SoftmaxRegressionTest {

    private static List<SparseVector> train;
    private static int[] y;
    private static List<SparseVector> test;
    private static int[] truth;
    private static int classes;
    private static int dimension;

    @BeforeAll
    static void features() {
        List<String> texts = ClincSlice.DATA.train.stream().map(LabeledText::text).toList();
        Featurizer featurizer = Featurizer.fit(texts, EnumSet.of(FeatureSet.WORDS, FeatureSet.CHARS), null);
        List<String> intents = List.copyOf(new TreeSet<>(ClincSlice.DATA.train.stream().map(LabeledText::intent)
                .toList()));
        Map<String, Integer> index = IntStream.range(0, intents.size()).boxed()
                .collect(Collectors.toMap(intents::get, Function.identity()));
        train = featurizer.vectors(texts, null, TrainingProgress.SILENT);
        y = ClincSlice.DATA.train.stream().mapToInt(e -> index.get(e.intent())).toArray();
        test = featurizer.vectors(ClincSlice.DATA.test.stream().map(LabeledText::text).toList(), null,
                TrainingProgress.SILENT);
        truth = ClincSlice.DATA.test.stream().mapToInt(e -> index.get(e.intent())).toArray();
        classes = intents.size();
        dimension = featurizer.dimension();
    }

    @Test
    void predictsAsSmilesLbfgsFitOfTheSameObjective() {
        SoftmaxRegression.Fit fit = SoftmaxRegression.fit(train, y, classes, dimension,
                new SoftmaxRegression.Settings(1.0, 30, 1e-3, 42), TrainingProgress.SILENT);
        SparseLogisticRegression.Multinomial smile = SparseLogisticRegression.multinomial(SparseDataset.of(
                train.stream().map(SoftmaxRegressionTest::smile).toList(), dimension), y, 1.0, 1e-5, 500);

        double[][] smileWeights = java.util.Arrays.copyOf(smile.coefficients(), classes);
        smileWeights[classes - 1] = new double[dimension + 1];
        double theirObjective = SoftmaxRegression.objective(smileWeights, train, y, classes, 1.0);
        double ourObjective = SoftmaxRegression.objective(fit.weights(), train, y, classes, 1.0);
        assertThat(ourObjective).as("Smile's %s", theirObjective).isLessThan(theirObjective * 1.01);

        int agree = 0;
        int ours = 0;
        int theirs = 0;
        for (int i = 0; i < test.size(); i++) {
            int mine = SoftmaxRegression.argmax(logits(fit.weights(), test.get(i)));
            int reference = smile.predict(smile(test.get(i)));
            agree += mine == reference ? 1 : 0;
            ours += mine == truth[i] ? 1 : 0;
            theirs += reference == truth[i] ? 1 : 0;
        }
        // 300 test messages (240 in scope, 60 out of scope, which are a class here)
        assertThat(agree).as("same label as Smile").isGreaterThanOrEqualTo((int) (0.9 * test.size()));
        assertThat(ours).as("correct: ours %d, Smile's %d", ours, theirs).isGreaterThanOrEqualTo(theirs - 3);
    }

    @Test
    void stopsWhenAnEpochBarelyLowersTheObjective() {
        SoftmaxRegression.Fit fit = SoftmaxRegression.fit(train, y, classes, dimension,
                new SoftmaxRegression.Settings(1.0, 50, 1e-3, 42), TrainingProgress.SILENT);

        double[] objective = fit.objective();
        assertThat(fit.epochs()).isBetween(2, 49);
        int last = objective.length - 1;
        assertThat(objective[last - 1] - objective[last]).isLessThan(1e-3 * objective[last - 1]);
        for (int e = 1; e < last; e++) {
            assertThat(objective[e - 1] - objective[e]).as("epoch %d", e + 1)
                    .isGreaterThanOrEqualTo(1e-3 * objective[e - 1]);
        }
        // the mean log-loss of zero weights is ln(13) = 2.56 for 13 classes
        assertThat(objective[last]).isLessThan(0.5 * Math.log(classes));
    }

    @Test
    void givesTheSameWeightsForTheSameSeed() {
        SoftmaxRegression.Settings settings = new SoftmaxRegression.Settings(1.0, 5, 0, 7);
        double[][] first = SoftmaxRegression.fit(train, y, classes, dimension, settings, TrainingProgress.SILENT)
                .weights();
        double[][] second = SoftmaxRegression.fit(train, y, classes, dimension, settings, TrainingProgress.SILENT)
                .weights();

        assertThat(second).isDeepEqualTo(first);
        assertThat(first).hasNumberOfRows(classes);
        assertThat(first[0]).hasSize(dimension + 1);
    }

    private static double[] logits(double[][] weights, SparseVector x) {
        double[] z = new double[weights.length];
        for (int c = 0; c < weights.length; c++) {
            double s = weights[c][dimension];
            for (int e = 0; e < x.size(); e++) {
                s += weights[c][x.index()[e]] * x.value()[e];
            }
            z[c] = s;
        }
        return z;
    }

    private static SparseArray smile(SparseVector x) {
        SparseArray array = new SparseArray(x.size());
        for (int e = 0; e < x.size(); e++) {
            array.append(x.index()[e], x.value()[e]);
        }
        return array;
    }
}
