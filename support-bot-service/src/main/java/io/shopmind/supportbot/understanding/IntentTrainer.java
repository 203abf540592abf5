package io.shopmind.supportbot.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Trains an {@link IntentModel}: features learnt from the training texts, an L2-regularised multinomial logistic
 * regression ({@link SoftmaxRegression}), then on validation data the temperature ({@link TemperatureScaling}) and
 * the out-of-scope threshold ({@link OutOfScopeThreshold}).
 */
public final class IntentTrainer {

    /**
     * @param lambdas          the L2 penalties {@code λ/2 ‖W‖²} on the summed log-likelihood to try: with validation
     *                         data, the one whose model labels it best (ties: the larger), otherwise the first
     * @param maxEpochs        the most passes of the classifier's fit over the training data
     * @param outOfScopeIntent the label of out-of-scope examples ({@code oos} in CLINC150); a training class when
     *                         the training data has such examples, otherwise only a validation/test label
     * @param ambiguityMargin  top two closer than this are ambiguous (Rasa's FallbackClassifier default is 0.1)
     */
    public record Options(Set<FeatureSet> features, List<Double> lambdas, int maxEpochs, String outOfScopeIntent,
            double ambiguityMargin) {

        /** A decade apart, strongest first: scikit-learn's {@code C} of 1, 10 and 100. */
        public static final List<Double> LAMBDAS = List.of(1.0, 0.1, 0.01);
        public static final int MAX_EPOCHS = 30;

        public Options {
            lambdas = List.copyOf(lambdas);
            if (lambdas.isEmpty()) {
                throw new IllegalArgumentException("at least one penalty is needed");
            }
        }

        public static Options defaults(Set<FeatureSet> features, String outOfScopeIntent) {
            return new Options(features, LAMBDAS, MAX_EPOCHS, outOfScopeIntent, 0.1);
        }

        Options withLambda(double lambda) {
            return new Options(features, List.of(lambda), maxEpochs, outOfScopeIntent, ambiguityMargin);
        }
    }

    /**
     * @param validation the model's scores on the validation data, as served (with calibration and threshold)
     * @param lambda     the penalty chosen
     */
    public record Result(IntentModel model, ClassificationMetrics validation, double lambda, long featureMillis,
            long fitMillis, long totalMillis) {
    }

    /** An epoch that lowers the objective by less than this share ends the fit. */
    private static final double TOLERANCE = 2e-3;
    private static final long SEED = 42;

    private IntentTrainer() {
    }

    public static Result train(List<LabeledText> train, List<LabeledText> validation, Options options,
            SentenceEncoder encoder, TrainingProgress progress) {
        long started = System.nanoTime();
        String[] intents = new TreeSet<>(train.stream().map(LabeledText::intent).toList()).toArray(String[]::new);
        if (intents.length < 2) {
            throw new IllegalArgumentException("training needs examples of at least two intents");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int j = 0; j < intents.length; j++) {
            index.put(intents[j], j);
        }
        List<String> texts = train.stream().map(LabeledText::text).toList();
        Featurizer featurizer = Featurizer.fit(texts, options.features(), encoder);
        int total = train.size() + validation.size();
        List<SparseVector> x = featurizer.vectors(texts, encoder,
                (done, all, message) -> progress.report(done, total, message + " (training)"));
        List<SparseVector> xv = featurizer.vectors(validation.stream().map(LabeledText::text).toList(), encoder,
                (done, all, message) -> progress.report(train.size() + done, total, message + " (validation)"));
        long featured = System.nanoTime();

        int[] y = train.stream().mapToInt(t -> index.get(t.intent())).toArray();
        String oos = index.containsKey(options.outOfScopeIntent()) ? options.outOfScopeIntent() : null;
        double lambda = options.lambdas().get(0);
        double[][] weights = null;
        int correct = -1;
        for (double candidate : options.lambdas()) {
            double[][] fitted = fit(x, y, intents.length, featurizer.dimension(), candidate, options, progress);
            int labelled = options.lambdas().size() == 1 ? 0 : correct(new IntentModel(featurizer, intents, fitted,
                    1.0, 0.0, options.ambiguityMargin(), oos), validation, xv, index);
            if (labelled > correct) {
                correct = labelled;
                lambda = candidate;
                weights = fitted;
            }
        }
        long fitted = System.nanoTime();
        IntentModel raw = new IntentModel(featurizer, intents, weights, 1.0, 0.0, options.ambiguityMargin(), oos);

        double temperature = calibrate(raw, validation, xv, index);
        IntentModel scaled = new IntentModel(featurizer, intents, weights, temperature, 0.0,
                options.ambiguityMargin(), oos);
        double threshold = threshold(scaled, validation, xv, options.outOfScopeIntent());
        IntentModel model = new IntentModel(featurizer, intents, weights, temperature, threshold,
                options.ambiguityMargin(), oos);
        ClassificationMetrics scores = score(model, validation, xv, options.outOfScopeIntent());
        long end = System.nanoTime();
        return new Result(model, scores, lambda, (featured - started) / 1_000_000, (fitted - featured) / 1_000_000,
                (end - started) / 1_000_000);
    }

    /** How many validation examples of the model's own intents its top intent gets right. */
    private static int correct(IntentModel model, List<LabeledText> validation, List<SparseVector> xv,
            Map<String, Integer> index) {
        int correct = 0;
        for (int i = 0; i < validation.size(); i++) {
            Integer label = index.get(validation.get(i).intent());
            if (label != null && SoftmaxRegression.argmax(model.logits(xv.get(i))) == label) {
                correct++;
            }
        }
        return correct;
    }

    /**
     * Trains on a shop's examples alone: a stratified split (seeded) holds out {@code validationShare} of each
     * intent's examples for calibration, the threshold and the report; then the model is fitted again on every
     * example, keeping that temperature and threshold. Intents with fewer than five examples stay whole in training.
     */
    public static Result trainOnAll(List<LabeledText> examples, double validationShare, long seed, Options options,
            SentenceEncoder encoder, TrainingProgress progress) {
        Map<String, List<LabeledText>> byIntent = new LinkedHashMap<>();
        for (LabeledText example : examples) {
            byIntent.computeIfAbsent(example.intent(), k -> new ArrayList<>()).add(example);
        }
        Random random = new Random(seed);
        List<LabeledText> train = new ArrayList<>();
        List<LabeledText> validation = new ArrayList<>();
        for (List<LabeledText> group : byIntent.values()) {
            List<LabeledText> shuffled = new ArrayList<>(group);
            java.util.Collections.shuffle(shuffled, random);
            int held = group.size() < 5 ? 0 : (int) Math.round(group.size() * validationShare);
            validation.addAll(shuffled.subList(0, held));
            train.addAll(shuffled.subList(held, shuffled.size()));
        }
        Result held = train(train, validation, options, encoder, progress);
        Result all = train(examples, List.of(), options.withLambda(held.lambda()), encoder, TrainingProgress.SILENT);
        IntentModel model = all.model().withRules(held.model().temperature(), held.model().threshold());
        return new Result(model, held.validation(), held.lambda(), held.featureMillis() + all.featureMillis(),
                held.fitMillis() + all.fitMillis(), held.totalMillis() + all.totalMillis());
    }

    /** The model's served labels for the examples, scored. */
    public static ClassificationMetrics score(IntentModel model, List<LabeledText> examples, SentenceEncoder encoder,
            String outOfScopeLabel) {
        List<SparseVector> x = model.featurizer().vectors(examples.stream().map(LabeledText::text).toList(), encoder,
                TrainingProgress.SILENT);
        return score(model, examples, x, outOfScopeLabel);
    }

    private static ClassificationMetrics score(IntentModel model, List<LabeledText> examples, List<SparseVector> x,
            String outOfScopeLabel) {
        List<String> truth = new ArrayList<>(examples.size());
        List<String> predicted = new ArrayList<>(examples.size());
        for (int i = 0; i < examples.size(); i++) {
            truth.add(examples.get(i).intent());
            predicted.add(model.predict(x.get(i)).label(outOfScopeLabel));
        }
        return ClassificationMetrics.of(truth, predicted, outOfScopeLabel);
    }

    private static double[][] fit(List<SparseVector> x, int[] y, int k, int p, double lambda, Options options,
            TrainingProgress progress) {
        SoftmaxRegression.Settings settings = new SoftmaxRegression.Settings(lambda, options.maxEpochs(), TOLERANCE,
                SEED);
        double[][] weights = SoftmaxRegression.fit(x, y, k, p, settings, (done, total, message) ->
                progress.report(done, total, message + ", λ " + lambda)).weights();
        // float precision, as the model is stored: the served model scores exactly as the trained one
        for (double[] row : weights) {
            for (int i = 0; i < row.length; i++) {
                row[i] = (float) row[i];
            }
        }
        return weights;
    }

    private static double calibrate(IntentModel raw, List<LabeledText> validation, List<SparseVector> xv,
            Map<String, Integer> index) {
        List<double[]> logits = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < validation.size(); i++) {
            Integer label = index.get(validation.get(i).intent());
            if (label != null) {
                logits.add(raw.logits(xv.get(i)));
                labels.add(label);
            }
        }
        return TemperatureScaling.fit(logits.toArray(double[][]::new),
                labels.stream().mapToInt(Integer::intValue).toArray());
    }

    private static double threshold(IntentModel scaled, List<LabeledText> validation, List<SparseVector> xv,
            String outOfScopeLabel) {
        int n = validation.size();
        double[] confidence = new double[n];
        boolean[] correct = new boolean[n];
        boolean[] outOfScope = new boolean[n];
        boolean[] predictedOos = new boolean[n];
        Set<String> known = Set.copyOf(scaled.intents());
        for (int i = 0; i < n; i++) {
            IntentPrediction prediction = scaled.predict(xv.get(i));
            String truth = validation.get(i).intent();
            confidence[i] = prediction.confidence();
            outOfScope[i] = truth.equals(outOfScopeLabel) || !known.contains(truth);
            predictedOos[i] = prediction.outOfScope();
            correct[i] = !outOfScope[i] && prediction.intent().equals(truth);
        }
        return OutOfScopeThreshold.choose(confidence, correct, outOfScope, predictedOos);
    }
}
