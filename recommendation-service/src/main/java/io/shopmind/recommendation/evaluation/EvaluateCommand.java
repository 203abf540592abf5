package io.shopmind.recommendation.evaluation;

import io.shopmind.recommendation.als.ImplicitAls;
import io.shopmind.recommendation.association.CoPurchase;
import io.shopmind.recommendation.bpr.BprMf;
import io.shopmind.recommendation.ease.Ease;
import io.shopmind.recommendation.interaction.EventWeights;
import io.shopmind.recommendation.interaction.InteractionCsvReader;
import io.shopmind.recommendation.interaction.InteractionFileReader;
import io.shopmind.recommendation.interaction.InteractionLog;
import io.shopmind.recommendation.interaction.MovieLensReader;
import io.shopmind.recommendation.knn.ItemKnn;
import io.shopmind.recommendation.knn.KnnConfig;
import io.shopmind.recommendation.knn.UserKnn;
import io.shopmind.recommendation.model.Recommender;
import io.shopmind.recommendation.popularity.MostPopular;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Offline evaluation from the command line, for example
 * {@code --data u.data --format movielens --split stratified:0.75 --k 10 --algorithms pop,itemknn,als,bpr,ease
 * --seed 42 --out results.json --predictions topk.csv}. Prints one table; writes JSON and top-k CSV on request.
 */
public final class EvaluateCommand {

    static final String USAGE = """
            usage: EvaluateCommand --data FILE [options]
              --data FILE            interactions file (not needed with --format planted)
              --format F             movielens (u.data, ratings.dat, ratings.csv, RecBole .inter; default)
                                     | csv (user_id,item_id,event_type,value,timestamp)
                                     | planted (synthetic data shaped like MovieLens 100K, from --seed)
              --split S              stratified:RATIO (default stratified:0.75; the rest is tested)
                                     | stratified:TRAIN:VALID:TEST (per user, as RecBole's RS split, e.g. 0.8:0.1:0.1;
                                       validation cells are neither trained on nor ranked)
                                     | leave-last-out | given:TEST_FILE
              --k K                  list length (default 10)
              --algorithms A,B       of pop, itemknn, userknn, als, bpr, ease, copurchase (default pop,itemknn,als,bpr,ease)
              --seed N               seed for the split and every random algorithm (default 42)
              --feedback F           binary (every interaction counts 1; default) | weighted (ratings or event weights)
              --min-rating R         keep only ratings (weights) of at least R, e.g. 3 as RecBole's MovieLens-1M setup
              --threads N            worker threads (default: cores)
              --param NAME=VALUE     override a setting, repeatable: als.factors, als.lambda, als.alpha, als.iterations,
                                     als.regularization (constant | per-cell: λ times the row's cells, as Spark),
                                     bpr.factors, bpr.learningRate, bpr.lambda, bpr.epochs, ease.lambda,
                                     itemknn.neighbours, itemknn.shrinkage, userknn.neighbours, userknn.shrinkage,
                                     pop.halfLifeDays
              --tune T               none (default) | holdout: choose als, ease, itemknn and userknn settings from a fixed
                                     grid by nDCG@k on a 75/25 holdout of the training data, then refit
              --out FILE             write the results as JSON
              --predictions FILE     write top-k lists as CSV user,item,rank (one file per algorithm: FILE-<algorithm>.csv
                                     when several run)
            """;

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
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        }
        try {
            InteractionLog log;
            Split split;
            String splitSpec = options.split;
            if (splitSpec.startsWith("given:")) {
                InteractionLog.Builder builder = new InteractionLog.Builder();
                read(options, Path.of(options.data), builder);
                int testStart = builder.size();
                read(options, Path.of(splitSpec.substring("given:".length())), builder);
                log = feedback(options, builder.build());
                split = Split.given(log, testStart);
            } else {
                if (options.format.equals("planted")) {
                    log = PlantedInteractions.movieLens100kShape(options.seed).generate();
                } else {
                    InteractionLog.Builder builder = new InteractionLog.Builder();
                    read(options, Path.of(options.data), builder);
                    log = builder.build();
                }
                log = feedback(options, log);
                if (splitSpec.startsWith("stratified:")) {
                    String[] ratios = splitSpec.substring("stratified:".length()).split(":");
                    if (ratios.length == 3) {
                        split = Split.stratified(log.toMatrix(), parseDouble("split", ratios[0]),
                                parseDouble("split", ratios[1]), parseDouble("split", ratios[2]), options.seed);
                    } else if (ratios.length == 1) {
                        split = Split.stratified(log.toMatrix(), parseDouble("split", ratios[0]), options.seed);
                    } else {
                        throw new IllegalArgumentException("split: stratified takes RATIO or TRAIN:VALID:TEST, was '"
                                + splitSpec + "'");
                    }
                } else if (splitSpec.equals("leave-last-out")) {
                    split = Split.leaveLastOut(log.toMatrix());
                } else {
                    throw new IllegalArgumentException("split: unknown split '" + splitSpec + "'");
                }
            }
            List<Recommender> recommenders = new ArrayList<>();
            for (String name : options.algorithms) {
                recommenders.add(options.tune.equals("holdout") ? tuned(name, options) : recommender(name, options));
            }
            List<AlgorithmResult> results = EvaluationRunner.run(split, recommenders, options.k, options.threads);
            EvaluationReport report = new EvaluationReport(
                    options.format.equals("planted") ? "planted:movielens-100k-shape" : options.data, splitSpec,
                    options.seed, split.train().userCount(), split.train().itemCount(), split.train().nonZeroCount(),
                    split.test().nonZeroCount(), results);
            out.print(report.toTable());
            if (options.out != null) {
                Files.writeString(Path.of(options.out), report.toJson(), StandardCharsets.UTF_8);
            }
            if (options.predictions != null) {
                for (AlgorithmResult result : results) {
                    Path file = results.size() == 1 ? Path.of(options.predictions)
                            : withSuffix(Path.of(options.predictions), result.algorithm().replaceAll("\\[.*", ""));
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

    static Recommender recommender(String name, Options options) {
        Map<String, String> p = options.params;
        long seed = options.seed;
        return switch (name) {
            case "pop" -> new MostPopular(p.containsKey("pop.halfLifeDays")
                    ? MostPopular.Config.withHalfLifeDays(parseDouble("pop.halfLifeDays", p.get("pop.halfLifeDays")))
                    : MostPopular.Config.withoutDecay());
            case "itemknn" -> {
                KnnConfig d = KnnConfig.defaults();
                yield new ItemKnn(new KnnConfig(intParam(p, "itemknn.neighbours", d.neighbours()),
                        doubleParam(p, "itemknn.shrinkage", d.shrinkage())));
            }
            case "userknn" -> {
                KnnConfig d = KnnConfig.defaults();
                yield new UserKnn(new KnnConfig(intParam(p, "userknn.neighbours", d.neighbours()),
                        doubleParam(p, "userknn.shrinkage", d.shrinkage())));
            }
            case "als" -> {
                ImplicitAls.Config d = ImplicitAls.Config.defaults(seed);
                yield new ImplicitAls(new ImplicitAls.Config(intParam(p, "als.factors", d.factors()),
                        doubleParam(p, "als.lambda", d.lambda()), doubleParam(p, "als.alpha", d.alpha()),
                        intParam(p, "als.iterations", d.iterations()), d.cgSteps(), options.threads, seed,
                        regularization(p.getOrDefault("als.regularization", "constant"))));
            }
            case "bpr" -> {
                BprMf.Config d = BprMf.Config.defaults(seed);
                yield new BprMf(new BprMf.Config(intParam(p, "bpr.factors", d.factors()),
                        doubleParam(p, "bpr.learningRate", d.learningRate()), doubleParam(p, "bpr.lambda", d.lambda()),
                        intParam(p, "bpr.epochs", d.epochs()), seed));
            }
            case "ease" -> new Ease(new Ease.Config(doubleParam(p, "ease.lambda", Ease.Config.defaults().lambda())));
            case "copurchase" -> new CoPurchase();
            default -> throw new IllegalArgumentException("algorithms: unknown algorithm '" + name + "'");
        };
    }

    /** The algorithm with its settings chosen on a holdout of the training data, where a grid is defined. */
    private static Recommender tuned(String name, Options options) {
        List<String> grid = HoldoutSelection.grids().get(name);
        if (grid == null) {
            return recommender(name, options);
        }
        List<HoldoutSelection.Candidate> candidates = new ArrayList<>();
        for (String settings : grid) {
            Options variant = options.withParams(settings);
            candidates.add(new HoldoutSelection.Candidate(settings, recommender(name, variant)));
        }
        return new HoldoutSelection(name, candidates, 0.75, options.k, options.threads, options.seed);
    }

    private static Path withSuffix(Path file, String suffix) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String renamed = dot > 0 ? name.substring(0, dot) + "-" + suffix + name.substring(dot) : name + "-" + suffix;
        return file.resolveSibling(renamed);
    }

    private static ImplicitAls.Regularization regularization(String value) {
        return switch (value) {
            case "constant" -> ImplicitAls.Regularization.CONSTANT;
            case "per-cell" -> ImplicitAls.Regularization.PER_CELL;
            default -> throw new IllegalArgumentException("als.regularization: must be constant or per-cell, was '"
                    + value + "'");
        };
    }

    private static int intParam(Map<String, String> params, String name, int fallback) {
        String value = params.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": not an integer: '" + value + "'");
        }
    }

    private static double doubleParam(Map<String, String> params, String name, double fallback) {
        String value = params.get(name);
        return value == null ? fallback : parseDouble(name, value);
    }

    private static double parseDouble(String name, String value) {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": not a number: '" + value + "'");
        }
    }

    /** Parsed command-line options. */
    static final class Options {
        String data;
        String format = "movielens";
        String split = "stratified:0.75";
        int k = 10;
        List<String> algorithms = List.of("pop", "itemknn", "als", "bpr", "ease");
        long seed = 42;
        String feedback = "binary";
        int threads = Runtime.getRuntime().availableProcessors();
        final Map<String, String> params = new LinkedHashMap<>();
        String out;
        String predictions;
        String tune = "none";
        double minRating = 0;

        /** A copy with the comma-separated NAME=VALUE settings added. */
        Options withParams(String settings) {
            Options copy = new Options();
            copy.data = data;
            copy.format = format;
            copy.split = split;
            copy.k = k;
            copy.algorithms = algorithms;
            copy.seed = seed;
            copy.feedback = feedback;
            copy.threads = threads;
            copy.params.putAll(params);
            copy.out = out;
            copy.predictions = predictions;
            copy.tune = tune;
            copy.minRating = minRating;
            for (String setting : settings.split(",")) {
                int eq = setting.indexOf('=');
                copy.params.put(setting.substring(0, eq), setting.substring(eq + 1));
            }
            return copy;
        }

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
                    case "--algorithms" -> o.algorithms = List.of(value.split(","));
                    case "--seed" -> o.seed = parseLong("seed", value);
                    case "--feedback" -> o.feedback = value;
                    case "--min-rating" -> o.minRating = parseDouble("min-rating", value);
                    case "--threads" -> o.threads = positive("threads", value);
                    case "--param" -> {
                        int eq = value.indexOf('=');
                        if (eq <= 0) {
                            throw new IllegalArgumentException("param: expected NAME=VALUE, got '" + value + "'");
                        }
                        o.params.put(value.substring(0, eq).trim(), value.substring(eq + 1).trim());
                    }
                    case "--tune" -> o.tune = value;
                    case "--out" -> o.out = value;
                    case "--predictions" -> o.predictions = value;
                    default -> throw new IllegalArgumentException("arguments: unknown option " + flag);
                }
            }
            if (!List.of("movielens", "csv", "planted").contains(o.format)) {
                throw new IllegalArgumentException("format: unknown format '" + o.format + "'");
            }
            if (o.data == null && !o.format.equals("planted")) {
                throw new IllegalArgumentException("data: --data is required");
            }
            if (!o.feedback.equals("binary") && !o.feedback.equals("weighted")) {
                throw new IllegalArgumentException("feedback: must be binary or weighted, was '" + o.feedback + "'");
            }
            if (!o.tune.equals("none") && !o.tune.equals("holdout")) {
                throw new IllegalArgumentException("tune: must be none or holdout, was '" + o.tune + "'");
            }
            if (o.split.startsWith("given:") && o.format.equals("planted")) {
                throw new IllegalArgumentException("split: given:FILE needs --data and a file format");
            }
            for (String name : o.algorithms) {
                recommender(name, o);
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
