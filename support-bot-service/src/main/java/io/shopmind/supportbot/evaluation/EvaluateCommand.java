package io.shopmind.supportbot.evaluation;

import io.shopmind.supportbot.understanding.ClassificationMetrics;
import io.shopmind.supportbot.understanding.FeatureSet;
import io.shopmind.supportbot.understanding.IntentModel;
import io.shopmind.supportbot.understanding.IntentPrediction;
import io.shopmind.supportbot.understanding.IntentTrainer;
import io.shopmind.supportbot.understanding.LabeledText;
import io.shopmind.supportbot.understanding.LabeledTextCsv;
import io.shopmind.supportbot.understanding.OnnxSentenceEncoder;
import io.shopmind.supportbot.understanding.TrainingProgress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Trains the intent model the service serves on one labelled set and scores it on another, with no server and no
 * database. Prints in-scope accuracy, macro-F1, out-of-scope recall and precision, the worst-confused intent pairs,
 * training time and the latency of one message (p50/p99, embeddings included), and writes
 * {@code text,label,predicted,confidence} per test text.
 */
public final class EvaluateCommand {

    static final String USAGE = """
            Usage: EvaluateCommand (--clinc data_full.json [--no-oos-train]
                                    | --train train.csv --test test.csv [--validation val.csv])
                                   [--features words,chars,embeddings | --compare] [--oos-label oos]
                                   [--lambda 1,0.1,0.01] [--epochs 30] [--predictions predictions.csv] [--seed 42]
              --clinc          CLINC150's JSON (train+oos_train, val+oos_val, test+oos_test)
              --no-oos-train   leave the out-of-scope training examples out: only the threshold catches them
              --train/--test   text,label CSV files; --validation, or a stratified tenth of --train held out
              --features       the feature blocks (default: the service's words,chars,embeddings)
              --compare        one row per feature set: words, chars, words+chars, embeddings, all three
              --oos-label      the out-of-scope label of the data (default oos)
              --lambda         the logistic regression's L2 penalties, the best on validation chosen (default
                               1,0.1,0.01, as the service)
              --epochs         the most passes of the classifier's fit (default 30, as the service)
              --predictions    where to write text,label,predicted,confidence (with --compare: one file per row)
            """;

    // the service's default first: its row is the one a stopped run must not lose
    private static final List<String> COMPARED = List.of("words,chars,embeddings", "words", "chars", "words,chars",
            "embeddings");

    private final PrintStream out;
    private final PrintStream progress;

    EvaluateCommand(PrintStream out, PrintStream progress) {
        this.out = out;
        this.progress = progress;
    }

    public static void main(String[] args) throws IOException {
        int status = new EvaluateCommand(System.out, System.err).run(args);
        System.exit(status);
    }

    record Row(String features, ClassificationMetrics test, long trainMillis, long fitMillis, double p50, double p99,
            int modelBytes, double lambda, double temperature, double threshold) {
    }

    int run(String[] args) throws IOException {
        Map<String, String> options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.print(USAGE);
            return 2;
        }
        if (options.containsKey("help")) {
            out.print(USAGE);
            return 0;
        }
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        String oosLabel = options.getOrDefault("oos-label", "oos");
        IntentData data;
        if (options.containsKey("clinc")) {
            data = IntentData.clinc(Path.of(options.get("clinc")), !options.containsKey("no-oos-train"));
        } else if (options.containsKey("train") && options.containsKey("test")) {
            data = IntentData.csv(Path.of(options.get("train")),
                    options.containsKey("validation") ? Path.of(options.get("validation")) : null,
                    Path.of(options.get("test")), seed);
        } else {
            out.println("Give --clinc, or --train and --test.");
            out.print(USAGE);
            return 2;
        }
        List<String> featureLists = options.containsKey("compare") ? COMPARED
                : List.of(options.getOrDefault("features", "words,chars,embeddings"));
        List<Double> lambdas = options.containsKey("lambda")
                ? Arrays.stream(options.get("lambda").split(",")).map(Double::parseDouble).toList()
                : IntentTrainer.Options.LAMBDAS;
        int epochs = Integer.parseInt(options.getOrDefault("epochs",
                String.valueOf(IntentTrainer.Options.MAX_EPOCHS)));
        out.printf(Locale.ROOT, "%,d training, %,d validation, %,d test examples; %d intents; out-of-scope label '%s'%n",
                data.train().size(), data.validation().size(), data.test().size(),
                data.train().stream().map(LabeledText::intent).distinct().count(), oosLabel);

        OnnxSentenceEncoder encoder = new OnnxSentenceEncoder(200_000);
        List<Row> rows = new ArrayList<>();
        ClassificationMetrics last = null;
        for (String list : featureLists) {
            Set<FeatureSet> sets = FeatureSet.parse(list);
            String name = FeatureSet.describe(sets);
            progress.println("== " + name);
            IntentTrainer.Options training = new IntentTrainer.Options(sets, lambdas, epochs, oosLabel, 0.1);
            IntentTrainer.Result result = IntentTrainer.train(data.train(), data.validation(), training, encoder,
                    new ProgressLine(progress));
            Path predictions = predictionsPath(options.get("predictions"), name, featureLists.size() > 1);
            Row row = test(name, result, data, encoder.uncached(), oosLabel, predictions);
            rows.add(row);
            last = row.test();
            out.print(table(rows));
        }
        out.println();
        out.println("Worst-confused pairs (" + rows.get(rows.size() - 1).features() + "): actual -> predicted, count");
        last.confusions().stream().limit(10).forEach(c ->
                out.printf(Locale.ROOT, "  %-28s -> %-28s %d%n", c.actual(), c.predicted(), c.count()));
        return 0;
    }

    private Row test(String name, IntentTrainer.Result result, IntentData data, OnnxSentenceEncoder encoder,
            String oosLabel, Path predictions) throws IOException {
        IntentModel model = result.model();
        // warm the JIT and the ONNX session on validation texts before timing test messages one at a time
        data.validation().stream().limit(50).forEach(example -> model.predict(example.text(), encoder));
        List<LabeledText> test = data.test();
        double[] millis = new double[test.size()];
        List<String> truth = new ArrayList<>(test.size());
        List<String> predicted = new ArrayList<>(test.size());
        List<Double> confidence = new ArrayList<>(test.size());
        ProgressLine line = new ProgressLine(progress);
        for (int i = 0; i < test.size(); i++) {
            long started = System.nanoTime();
            IntentPrediction prediction = model.predict(test.get(i).text(), encoder);
            millis[i] = (System.nanoTime() - started) / 1e6;
            truth.add(test.get(i).intent());
            predicted.add(prediction.label(oosLabel));
            confidence.add(prediction.confidence());
            if ((i + 1) % 100 == 0 || i + 1 == test.size()) {
                line.report(i + 1, test.size(), "test messages");
            }
        }
        if (predictions != null) {
            write(predictions, test, predicted, confidence);
            progress.println("wrote " + predictions);
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        return new Row(name, ClassificationMetrics.of(truth, predicted, oosLabel), result.totalMillis(),
                result.fitMillis(), percentile(sorted, 0.50), percentile(sorted, 0.99), bytes.size(), result.lambda(),
                model.temperature(), model.threshold());
    }

    static String table(List<Row> rows) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%n%-24s %9s %9s %9s %9s %9s %9s %7s %8s %8s %9s %6s %6s %9s%n", "features", "in-scope",
                "oos-recall", "oos-prec", "macro-F1", "accuracy", "train s", "fit s", "p50 ms", "p99 ms", "model MB",
                "λ", "T", "threshold"));
        for (Row row : rows) {
            ClassificationMetrics m = row.test();
            table.append(String.format(Locale.ROOT,
                    "%-24s %8.2f%% %8.2f%% %8.2f%% %8.2f%% %8.2f%% %9.1f %7.1f %8.2f %8.2f %9.1f %6.2f %6.3f %9.3f%n",
                    row.features(), 100 * m.inScopeAccuracy(), 100 * m.outOfScopeRecall(),
                    100 * m.outOfScopePrecision(), 100 * m.macroF1(), 100 * m.accuracy(), row.trainMillis() / 1000.0,
                    row.fitMillis() / 1000.0, row.p50(), row.p99(), row.modelBytes() / 1e6, row.lambda(),
                    row.temperature(), row.threshold()));
        }
        return table.toString();
    }

    static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private static void write(Path file, List<LabeledText> test, List<String> predicted, List<Double> confidence)
            throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write("text,label,predicted,confidence\n");
            for (int i = 0; i < test.size(); i++) {
                LabeledTextCsv.writeField(writer, test.get(i).text());
                writer.write(',');
                LabeledTextCsv.writeField(writer, test.get(i).intent());
                writer.write(',');
                LabeledTextCsv.writeField(writer, predicted.get(i));
                writer.write(String.format(Locale.ROOT, ",%.4f%n", confidence.get(i)));
            }
        }
    }

    private static Path predictionsPath(String base, String features, boolean several) {
        if (base == null) {
            return null;
        }
        if (!several) {
            return Path.of(base);
        }
        int dot = base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        String extension = dot > 0 ? base.substring(dot) : ".csv";
        return Path.of(stem + "-" + features + extension);
    }

    static Map<String, String> parse(String[] args) {
        Set<String> flags = Set.of("compare", "no-oos-train", "help");
        Set<String> valued = Set.of("clinc", "train", "validation", "test", "features", "oos-label", "lambda",
                "predictions", "seed", "epochs");
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument " + arg);
            }
            String name = arg.substring(2);
            if (flags.contains(name)) {
                options.put(name, "true");
            } else if (valued.contains(name)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("Unknown option " + arg);
            }
        }
        return options;
    }

    /** Percent done and ETA on one line, every twentieth of the way. */
    static final class ProgressLine implements TrainingProgress {
        private final PrintStream stream;
        private long started = System.nanoTime();
        private int printed = -1;
        private String stage = "";

        ProgressLine(PrintStream stream) {
            this.stream = stream;
        }

        @Override
        public void report(long done, long total, String message) {
            int twentieths = total == 0 ? 20 : (int) (20 * done / total);
            if (!message.equals(stage)) {
                stage = message;
                printed = -1;
                started = System.nanoTime();
            }
            if (twentieths <= printed) {
                return;
            }
            printed = twentieths;
            double elapsed = (System.nanoTime() - started) / 1e9;
            String eta = done > 0 && done < total
                    ? String.format(Locale.ROOT, ", ETA %.0f s", elapsed * (total - done) / done) : "";
            stream.printf(Locale.ROOT, "  %s: %d/%d (%d%%)%s%n", message, done, total,
                    total == 0 ? 100 : 100 * done / total, eta);
        }
    }
}
