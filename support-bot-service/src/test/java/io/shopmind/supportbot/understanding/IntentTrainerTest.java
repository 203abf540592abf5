package io.shopmind.supportbot.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Trains on the CLINC150 slice with the lexical features (no ONNX model: fast) and checks what is served. */
class IntentTrainerTest {

    private static final Set<FeatureSet> LEXICAL = EnumSet.of(FeatureSet.WORDS, FeatureSet.CHARS);
    private static IntentTrainer.Result result;

    @BeforeAll
    static void train() {
        result = IntentTrainer.train(ClincSlice.DATA.train, ClincSlice.DATA.validation,
                IntentTrainer.Options.defaults(LEXICAL, "oos"), null, TrainingProgress.SILENT);
    }

    @Test
    void classifiesTheHeldOutTestMessagesOfTheSlice() {
        ClassificationMetrics test = IntentTrainer.score(result.model(), ClincSlice.DATA.test, null, "oos");

        // 12 intents with 30 examples each, some of them close (order, order_status, shopping_list)
        assertThat(test.inScopeAccuracy()).isGreaterThan(0.8);
        assertThat(test.outOfScopeRecall()).isGreaterThan(0.5);
        assertThat(result.model().intents()).hasSize(13).contains("oos");
    }

    @Test
    void choosesTheTemperatureAndTheThresholdThatAreBestOnValidationData() {
        IntentModel model = result.model();
        List<LabeledText> validation = ClincSlice.DATA.validation;
        double chosen = balanced(model, validation, model.threshold());
        for (double other : new double[] {0.0, 0.2, 0.4, 0.6, 0.8}) {
            assertThat(chosen).as("threshold %s against %s", model.threshold(), other)
                    .isGreaterThanOrEqualTo(balanced(model, validation, other));
        }
        double[][] logits = validation.stream().map(e -> model.logits(model.featurizer().vector(e.text(), null)))
                .toArray(double[][]::new);
        int[] labels = validation.stream().mapToInt(e -> model.intents().indexOf(e.intent())).toArray();
        double best = TemperatureScaling.nll(logits, labels, model.temperature());
        assertThat(best).isLessThan(TemperatureScaling.nll(logits, labels, model.temperature() * 1.1));
        assertThat(best).isLessThan(TemperatureScaling.nll(logits, labels, model.temperature() / 1.1));
    }

    /** The mean of in-scope accuracy and out-of-scope recall with the model's rules at another threshold. */
    private static double balanced(IntentModel model, List<LabeledText> examples, double threshold) {
        IntentModel at = model.withRules(model.temperature(), threshold);
        ClassificationMetrics m = IntentTrainer.score(at, examples, null, "oos");
        return (m.inScopeAccuracy() + m.outOfScopeRecall()) / 2;
    }

    @Test
    void servesExactlyWhatItWasTrainedAsAfterAWriteAndRead() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        result.model().write(bytes);
        IntentModel read = IntentModel.read(new ByteArrayInputStream(bytes.toByteArray()));

        for (LabeledText example : ClincSlice.DATA.test.subList(0, 40)) {
            IntentPrediction before = result.model().predict(example.text(), null);
            IntentPrediction after = read.predict(example.text(), null);
            assertThat(after).isEqualTo(before);
        }
        assertThat(read.threshold()).isEqualTo(result.model().threshold());
    }

    @Test
    void flagsTheBestTwoTooCloseAsAmbiguous() {
        IntentModel model = result.model();
        for (LabeledText example : ClincSlice.DATA.test) {
            IntentPrediction p = model.predict(example.text(), null);
            double gap = p.ranking().get(0).confidence() - p.ranking().get(1).confidence();
            assertThat(p.ambiguous()).isEqualTo(!p.outOfScope() && gap < model.ambiguityMargin());
        }
    }

    @Test
    void trainsOnAllExamplesKeepingTheHeldOutRules() {
        List<LabeledText> all = new ArrayList<>(ClincSlice.DATA.train);
        all.addAll(ClincSlice.DATA.validation);
        IntentTrainer.Result onAll = IntentTrainer.trainOnAll(all, 0.2, 7, IntentTrainer.Options.defaults(LEXICAL,
                "oos"), null, TrainingProgress.SILENT);

        // a fifth of each intent's 40 examples held out: 8 x 12 intents, and 18 of the 90 out-of-scope ones
        assertThat(onAll.validation().examples()).isEqualTo(8 * 12 + 18);
        assertThat(IntentTrainer.score(onAll.model(), ClincSlice.DATA.test, null, "oos").inScopeAccuracy())
                .isGreaterThan(0.8);
    }

    @Test
    void needsTwoIntents() {
        assertThatThrownBy(() -> IntentTrainer.train(List.of(new LabeledText("hi", "greet")), List.of(),
                IntentTrainer.Options.defaults(LEXICAL, "oos"), null, TrainingProgress.SILENT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
