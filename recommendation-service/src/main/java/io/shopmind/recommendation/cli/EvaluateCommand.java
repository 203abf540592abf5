package io.shopmind.recommendation.cli;

import io.shopmind.recommendation.algorithm.AlgorithmSpec;
import io.shopmind.recommendation.algorithm.Algorithms;
import io.shopmind.recommendation.algorithm.Parameter;
import io.shopmind.recommendation.association.CoPurchase;
import io.shopmind.recommendation.evaluation.PlantedInteractions;
import io.shopmind.recommendation.evaluation.Split;
import io.shopmind.recommendation.interaction.EventWeights;
import io.shopmind.recommendation.interaction.InteractionCsvReader;
import io.shopmind.recommendation.interaction.InteractionFileReader;
import io.shopmind.recommendation.interaction.InteractionLog;
import io.shopmind.recommendation.interaction.MovieLensReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Offline evaluation from the command line, of the models the service serves, built by the same registry, for
 * example {@code --data u.data --format movielens --split stratified:0.75 --k 10
 * --algorithms "pop,itemknn,als,ease(lambda=250),blend" --out results.json --predictions topk.csv}. Prints one
 * table; writes JSON and top-k CSV on request; reports progress on the error stream.
 */
public final class EvaluateCommand {

    static final String USAGE = """
            usage: EvaluateCommand --data FILE [options]
              --data FILE            interactions file (not needed with --format planted...)
              --format F             movielens (u.data, ratings.dat, ratings.csv, RecBole .inter; default)
                                     | csv (user_id,item_id,event_type,value,timestamp)
                                     | planted (synthetic, shaped like MovieLens 100K) | planted:ml-1m (like
                                       MovieLens 1M) | planted:shop (a shop's short histories), all from --seed
              --split S              stratified:RATIO (default stratified:0.75; the rest is tested)
                                     | stratified:TRAIN:VALID:TEST (per user, as RecBole's RS split, e.g. 0.8:0.1:0.1;
                                       validation cells are neither trained on nor ranked)
                                     | leave-last-out | given:TEST_FILE
              --k K                  list length (default 10)
              --algorithms A,B       algorithms with their settings in the training API's names, each NAME or
                                     NAME(param=value,...), e.g. "ease(lambda=250),als(factors=32)"; of
                                     %s
                                     (default pop,itemknn,als,ease,blend); --parameters lists their settings
              --users U              folded (default): each test user folded into the served model from their
                                     training history, as the storefront folds a shopper in | trained: scored with
                                     what training learnt about them (ALS's user factors, EASE's full weights), for
                                     comparison with other libraries; blend has no such form
              --history N            most recent training cells a user is folded in from (default 200, the service's
                                     shopmind.recommendation.interactions.history-size)
              --seed N               seed for the split and for the planted data (default 42)
              --feedback F           binary (every interaction counts 1; default) | weighted (ratings or event weights)
              --min-rating R         keep only ratings (weights) of at least R, e.g. 3 as RecBole's MovieLens-1M setup
              --threads N            worker threads (default: cores)
              --tune T               none (default) | holdout: choose each algorithm's settings from a fixed grid by
                                     the served model's nDCG@k on a 75/25 holdout of the training data, then refit
              --out FILE             write the results as JSON
              --predictions FILE     write top-k lists as CSV user,item,rank (one file per algorithm: FILE-<algorithm>.csv
                                     when several run)
              --parameters           list every algorithm's settings, bounds and defaults
            """.formatted(String.join(", ", Algorithms.names()));

    private EvaluateCommand() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command; returns the exit status (0 success, 1 I/O failure, 2 bad arguments or data). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            (args.length == 0 ? err : out).print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        if (args[0].equals("--parameters")) {
            out.print(parameterHelp());
            return 0;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        }
        try {
            Split split = split(options);
            Algorithms algorithms = new Algorithms(new Algorithms.Settings(7, CoPurchase.Config.defaults(),
                    options.threads));
            EvaluationRunner.Settings settings = new EvaluationRunner.Settings(options.k, options.users,
                    options.history, options.tune.equals("holdout"), options.seed);
            List<AlgorithmResult> results = EvaluationRunner.run(split, options.algorithms, algorithms, settings,
                    new ProgressLine(err));
            EvaluationReport report = new EvaluationReport(
                    options.format.startsWith("planted") ? options.format + ":seed-" + options.seed : options.data,
                    options.split, options.users.name().toLowerCase(Locale.ROOT), options.seed,
                    split.train().userCount(), split.train().itemCount(), split.train().nonZeroCount(),
                    split.test().nonZeroCount(), results);
            out.print(report.toTable());
            if (options.out != null) {
                Files.writeString(Path.of(options.out), report.toJson(), StandardCharsets.UTF_8);
            }
            if (options.predictions != null) {
                for (AlgorithmResult result : results) {
                    Path file = results.size() == 1 ? Path.of(options.predictions)
                            : withSuffix(Path.of(options.predictions), result.algorithm());
                    EvaluationRunner.writeTopK(result.recommendations(), split.train(), file);
                }
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("I/O failure: " + e.getMessage());
            return 1;
        }
    }

    private static Split split(Options options) throws IOException {
        String splitSpec = options.split;
        if (splitSpec.startsWith("given:")) {
            InteractionLog.Builder builder = new InteractionLog.Builder();
            read(options, Path.of(options.data), builder);
            int testStart = builder.size();
            read(options, Path.of(splitSpec.substring("given:".length())), builder);
            return Split.given(feedback(options, builder.build()), testStart);
        }
        InteractionLog log;
        if (options.format.startsWith("planted")) {
            log = planted(options.format, options.seed).generate();
        } else {
            InteractionLog.Builder builder = new InteractionLog.Builder();
            read(options, Path.of(options.data), builder);
            log = builder.build();
        }
        log = feedback(options, log);
        if (splitSpec.startsWith("stratified:")) {
            String[] ratios = splitSpec.substring("stratified:".length()).split(":");
            if (ratios.length == 3) {
                return Split.stratified(log.toMatrix(), parseDouble("split", ratios[0]), parseDouble("split", ratios[1]),
                        parseDouble("split", ratios[2]), options.seed);
            } else if (ratios.length == 1) {
                return Split.stratified(log.toMatrix(), parseDouble("split", ratios[0]), options.seed);
            }
            throw new IllegalArgumentException("split: stratified takes RATIO or TRAIN:VALID:TEST, was '" + splitSpec
                    + "'");
        } else if (splitSpec.equals("leave-last-out")) {
            return Split.leaveLastOut(log.toMatrix());
        }
        throw new IllegalArgumentException("split: unknown split '" + splitSpec + "'");
    }

    private static PlantedInteractions planted(String format, long seed) {
        return switch (format) {
            case "planted" -> PlantedInteractions.movieLens100kShape(seed);
            case "planted:ml-1m" -> PlantedInteractions.movieLens1mShape(seed);
            case "planted:shop" -> PlantedInteractions.shopShape(seed);
            default -> throw new IllegalArgumentException("format: unknown planted shape '" + format + "'");
        };
    }

    private static void read(Options options, Path file, InteractionLog.Builder builder) throws IOException {
        InteractionFileReader reader = switch (options.format) {
            case "movielens" -> new MovieLensReader();
            case "csv" -> new InteractionCsvReader(EventWeights.defaults());
            default -> throw new IllegalArgumentException("format: '" + options.format + "' cannot read files");
        };
        reader.read(file, (line, user, item, type, weight, timestamp) -> {
            if (weight >= options.minRating) {
                builder.add(user, item, weight, timestamp);
            }
        });
    }

    private static InteractionLog feedback(Options options, InteractionLog log) {
        return options.feedback.equals("binary") ? log.binarized() : log;
    }

    static String parameterHelp() {
        StringBuilder out = new StringBuilder();
        for (String name : Algorithms.names()) {
            out.append(name).append('\n');
            for (Parameter p : Algorithms.parameters(name)) {
                String range = switch (p.kind()) {
                    case CHOICE -> String.join(" | ", p.choices());
                    case INTEGER -> "whole number in [" + Parameter.format(p.lower()) + ", " + Parameter.format(p.upper())
                            + "]";
                    case NUMBER -> "number in " + (p.lowerOpen() ? "(" : "[") + Parameter.format(p.lower()) + ", "
                            + Parameter.format(p.upper()) + "]";
                };
                out.append(String.format(Locale.ROOT, "  %-18s %s; default %s: %s%n", p.name(), range,
                        p.defaultValue() == null ? "none" : p.defaultValue(), p.meaning()));
            }
        }
        return out.toString();
    }

    private static Path withSuffix(Path file, String suffix) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String renamed = dot > 0 ? name.substring(0, dot) + "-" + suffix + name.substring(dot) : name + "-" + suffix;
        return file.resolveSibling(renamed);
    }

    private static double parseDouble(String name, String value) {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": not a number: '" + value + "'");
        }
    }

    /** Splits a list of specs at the commas outside parentheses. */
    static List<String> splitSpecs(String value) {
        List<String> specs = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int c = 0; c < value.length(); c++) {
            char ch = value.charAt(c);
            if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                specs.add(value.substring(from, c));
                from = c + 1;
            }
        }
        specs.add(value.substring(from));
        return specs.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** Parsed command-line options. */
    static final class Options {
        String data;
        String format = "movielens";
        String split = "stratified:0.75";
        int k = 10;
        List<AlgorithmSpec> algorithms = List.of("pop", "itemknn", "als", "ease", "blend").stream()
                .map(AlgorithmSpec::parse).toList();
        EvaluationRunner.Users users = EvaluationRunner.Users.FOLDED;
        int history = 200;
        long seed = 42;
        String feedback = "binary";
        int threads = Runtime.getRuntime().availableProcessors();
        String out;
        String predictions;
        String tune = "none";
        double minRating = 0;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int a = 0; a < args.length; a++) {
                String flag = args[a];
                if (!flag.startsWith("--") || a + 1 >= args.length) {
                    throw new IllegalArgumentException("arguments: expected --option value at '" + flag + "'");
                }
                String value = args[++a];
                switch (flag) {
                    case "--data" -> o.data = value;
                    case "--format" -> o.format = value;
                    case "--split" -> o.split = value;
                    case "--k" -> o.k = positive("k", value);
                    case "--algorithms" -> o.algorithms = splitSpecs(value).stream()
                            .map(spec -> Algorithms.check(AlgorithmSpec.parse(spec))).toList();
                    case "--users" -> o.users = switch (value) {
                        case "folded" -> EvaluationRunner.Users.FOLDED;
                        case "trained" -> EvaluationRunner.Users.TRAINED;
                        default -> throw new IllegalArgumentException("users: must be folded or trained, was '" + value
                                + "'");
                    };
                    case "--history" -> o.history = positive("history", value);
                    case "--seed" -> o.seed = parseLong("seed", value);
                    case "--feedback" -> o.feedback = value;
                    case "--min-rating" -> o.minRating = parseDouble("min-rating", value);
                    case "--threads" -> o.threads = positive("threads", value);
                    case "--param" -> throw new IllegalArgumentException("param: settings go with their algorithm,"
                            + " e.g. --algorithms \"ease(lambda=250)\"");
                    case "--tune" -> o.tune = value;
                    case "--out" -> o.out = value;
                    case "--predictions" -> o.predictions = value;
                    default -> throw new IllegalArgumentException("arguments: unknown option " + flag);
                }
            }
            if (!List.of("movielens", "csv", "planted", "planted:ml-1m", "planted:shop").contains(o.format)) {
                throw new IllegalArgumentException("format: unknown format '" + o.format + "'");
            }
            if (o.data == null && !o.format.startsWith("planted")) {
                throw new IllegalArgumentException("data: --data is required");
            }
            if (!o.feedback.equals("binary") && !o.feedback.equals("weighted")) {
                throw new IllegalArgumentException("feedback: must be binary or weighted, was '" + o.feedback + "'");
            }
            if (!o.tune.equals("none") && !o.tune.equals("holdout")) {
                throw new IllegalArgumentException("tune: must be none or holdout, was '" + o.tune + "'");
            }
            if (o.split.startsWith("given:") && o.format.startsWith("planted")) {
                throw new IllegalArgumentException("split: given:FILE needs --data and a file format");
            }
            if (o.users == EvaluationRunner.Users.TRAINED) {
                for (AlgorithmSpec spec : o.algorithms) {
                    if (spec.algorithm().equals("blend")) {
                        throw new IllegalArgumentException("users: blend is evaluated as served only (--users folded)");
                    }
                }
            }
            return o;
        }

        private static int positive(String name, String value) {
            long parsed = parseLong(name, value);
            if (parsed < 1 || parsed > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(name + ": must be a positive integer, was " + value);
            }
            return (int) parsed;
        }

        private static long parseLong(String name, String value) {
            try {
                return Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ": not an integer: '" + value + "'");
            }
        }
    }
}
