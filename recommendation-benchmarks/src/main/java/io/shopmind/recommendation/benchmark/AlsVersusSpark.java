package io.shopmind.recommendation.benchmark;

import io.shopmind.recommendation.als.ImplicitAls;
import io.shopmind.recommendation.evaluation.PlantedInteractions;
import io.shopmind.recommendation.evaluation.RankingEvaluator;
import io.shopmind.recommendation.evaluation.RankingMetrics;
import io.shopmind.recommendation.evaluation.Split;
import io.shopmind.recommendation.interaction.InteractionLog;
import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.interaction.MovieLensReader;
import io.shopmind.recommendation.model.FactorModel;
import io.shopmind.recommendation.model.RecommendationModel;
import io.shopmind.recommendation.popularity.MostPopular;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Times ShopMind's {@link ImplicitAls} against Spark MLlib's {@code ALS} with {@code implicitPrefs} in local mode on
 * the same training cells, and ranks both models' factors with the same full-catalogue evaluator
 * ({@link RankingEvaluator}, training items excluded), so only the training differs.
 *
 * <p>Both minimise Hu, Koren &amp; Volinsky's (2008) implicit objective with confidence {@code c = 1 + α r}; on
 * binary feedback ({@code r = 1}) equal α gives equal confidences. ShopMind's default regularisation is a constant
 * {@code λ‖x_u‖²}; Spark scales it by the row's number of ratings, {@code regParam · n_u ‖x_u‖²} (ALS-WR, Zhou et al.
 * 2008, "Large-scale parallel collaborative filtering for the Netflix Prize"), which ShopMind also offers
 * ({@link ImplicitAls.Regularization#PER_CELL}). So every Spark run is paired with a ShopMind run minimising the same
 * objective, and ShopMind's default runs too. "matched" is the regParam that spends the same total penalty weight
 * over all user and item rows as ShopMind's default λ, {@code regParam = λ (users + items) / (2 nnz)}; Spark's default
 * 0.1 is run too.
 *
 * <p>Spark's per-iteration time is its {@code fit} time over the iterations (block building and the final factor
 * materialisation included, as a caller pays them) and, to separate them, the marginal time
 * {@code (T(N) − T(1)) / (N − 1)} from an extra one-iteration fit. Session start-up and handing the cells to Spark
 * are reported, not counted. Each side first runs one untimed iteration so that both are timed compiled, and both
 * wall and whole-process CPU time are shown: on a shared machine the CPU time is the steadier figure.
 */
public final class AlsVersusSpark {

    static final String USAGE = """
            usage: AlsVersusSpark [options]
              --data FILE        interactions in the MovieLens u.data layout (user TAB item TAB rating TAB time);
                                 default: planted data generated from --seed
              --users N          planted users (default 50000)
              --items N          planted items (default 20000)
              --per-user N       planted mean interactions per user (default 20: about 1,000,000 in all)
              --iterations N     sweeps for both (default 5: a run stays within minutes on 2 cores)
              --factors N        latent factors for both (default 64)
              --threads N        ShopMind pool size and Spark local[N] (default: cores)
              --spark-reg LIST   Spark regParam values, numbers or 'matched' (default matched,0.1)
              --spark-blocks N   Spark numUserBlocks and numItemBlocks (default 10, Spark's default)
              --spark-alpha A    Spark alpha (default 1.0, Spark's default and ShopMind's)
              --seed N           seed of the data, the split and both models (default 42)
            """;

    private static final int K = 10;

    private AlsVersusSpark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.print(USAGE);
            return;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        long start = System.nanoTime();
        InteractionLog log = options.data != null
                ? new MovieLensReader().read(Path.of(options.data))
                : new PlantedInteractions(options.users, options.items, 100, 5, options.perUser, 0.9, options.seed)
                        .generate();
        // implicit feedback: every interaction is one positive, for both libraries
        Split split = Split.stratified(log.binarized().toMatrix(), 0.8, options.seed);
        InteractionMatrix train = split.train();
        System.out.printf(Locale.ROOT, "data: %s, %,d users x %,d items; train %,d cells, test %,d cells; %d threads"
                + " (%.1f s to make and split)%n", options.data != null ? options.data : "planted", train.userCount(),
                train.itemCount(), train.nonZeroCount(), split.test().nonZeroCount(), options.threads,
                seconds(System.nanoTime() - start));

        ImplicitAls.Config config = ImplicitAls.Config.defaults(options.seed).withFactors(options.factors)
                .withIterations(options.iterations).withThreads(options.threads);
        List<Line> lines = new ArrayList<>();
        // one untimed sweep first, so both sides are timed with compiled code
        new ImplicitAls(config.withIterations(1)).fit(train);
        lines.add(shopMind(config, split, options));

        Clock sessionClock = Clock.start();
        SparkSession spark = SparkSession.builder().master("local[" + options.threads + "]")
                .appName("als-versus-spark").config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        double sessionStartUp = sessionClock.lap().wall();
        Clock handOverClock = Clock.start();
        Dataset<Row> cells = cells(spark, train).cache();
        cells.count();
        double handOver = handOverClock.lap().wall();
        System.out.printf(Locale.ROOT, "Spark: session start-up %.1f s, hand-over of the cells %.1f s%n",
                sessionStartUp, handOver);
        ALS warmUp = als(options, options.sparkAlpha, 0.1).setMaxIter(1);
        warmUp.fit(cells);

        List<Line[]> pairs = new ArrayList<>();
        double marginal = Double.NaN;
        for (String reg : options.sparkReg) {
            double regParam = reg.equals("matched")
                    ? config.lambda() * (train.userCount() + train.itemCount()) / (2.0 * train.nonZeroCount())
                    : Double.parseDouble(reg);
            Clock sparkClock = Clock.start();
            ALSModel model = als(options, options.sparkAlpha, regParam).fit(cells);
            Clock.Lap sparkFit = sparkClock.lap();
            if (Double.isNaN(marginal) && options.iterations > 1) {
                Clock oneClock = Clock.start();
                als(options, options.sparkAlpha, regParam).setMaxIter(1).fit(cells);
                marginal = (sparkFit.wall() - oneClock.lap().wall()) / (options.iterations - 1);
            }
            String label = reg.equals("matched") ? "regParam=" + format(regParam) + " (matched)"
                    : "regParam=" + format(regParam);
            Line sparkLine = new Line("Spark ALS " + spark.version() + " local[" + options.threads + "], "
                    + options.sparkBlocks + " blocks", label, options.sparkAlpha, sparkFit.wall() / options.iterations,
                    sparkFit.cpu() / options.iterations, sparkFit.wall(),
                    evaluate(exported(model, train, options.factors), split, options.threads));
            System.out.printf(Locale.ROOT, "Spark %s: %.2f s per iteration (%.2f CPU s), %.1f s fit%n", label,
                    sparkLine.perIteration, sparkLine.cpuPerIteration, sparkFit.wall());
            Line same = shopMind(config.withLambda(regParam).withRegularization(ImplicitAls.Regularization.PER_CELL)
                    .withAlpha(options.sparkAlpha), split, options);
            lines.add(same);
            lines.add(sparkLine);
            pairs.add(new Line[] {same, sparkLine});
        }
        spark.stop();
        lines.add(new Line("most popular (reference)", "", Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                evaluate(new MostPopular().fit(train), split, options.threads)));

        System.out.println();
        System.out.printf(Locale.ROOT, "%-46s %-30s %5s %11s %11s %7s %8s %9s%n", "model", "regularisation", "alpha",
                "s/iteration", "CPU s/iter.", "fit s", "NDCG@" + K, "Recall@" + K);
        for (Line line : lines) {
            System.out.printf(Locale.ROOT, "%-46s %-30s %5s %11s %11s %7s %8.4f %9.4f%n", line.model,
                    line.regularisation, Double.isNaN(line.alpha) ? "" : format(line.alpha),
                    fixed(line.perIteration, 2), fixed(line.cpuPerIteration, 2), fixed(line.fit, 1),
                    line.metrics.ndcg(), line.metrics.recall());
        }
        System.out.printf(Locale.ROOT, "%nSpark session start-up %.1f s and hand-over of the cells %.1f s, not counted"
                + " above; Spark's fit includes reading the cells and building its blocks.%n", sessionStartUp,
                handOver);
        if (!Double.isNaN(marginal)) {
            System.out.printf(Locale.ROOT, "Spark marginal time per iteration, (T(%d) - T(1)) / %d: %.2f s.%n",
                    options.iterations, options.iterations - 1, marginal);
        }
        boolean met = !pairs.isEmpty();
        for (Line[] pair : pairs) {
            Line ours = pair[0];
            Line theirs = pair[1];
            double wall = theirs.perIteration / ours.perIteration;
            double cpu = theirs.cpuPerIteration / ours.cpuPerIteration;
            boolean noWorse = ours.metrics.ndcg() >= theirs.metrics.ndcg();
            met &= Math.min(wall, cpu) >= 5 && noWorse;
            System.out.printf(Locale.ROOT, "Same objective, %s: Spark takes %.1fx ShopMind's wall time and %.1fx its"
                    + " CPU time per iteration; NDCG@%d %.4f vs Spark's %.4f.%n", theirs.regularisation, wall, cpu,
                    K, ours.metrics.ndcg(), theirs.metrics.ndcg());
        }
        System.out.printf("Goal, at least 5x faster at equal or better NDCG on every objective: %s.%n",
                met ? "met" : "not met");
    }

    /** Trains ShopMind's ALS with {@code config}, printing and returning its line. */
    private static Line shopMind(ImplicitAls.Config config, Split split, Options options) {
        long[] sweeps = new long[config.iterations()];
        Clock clock = Clock.start();
        FactorModel model = new ImplicitAls(config).fit(split.train(), sweeps);
        Clock.Lap fit = clock.lap();
        long sweepSum = 0;
        for (long sweep : sweeps) {
            sweepSum += sweep;
        }
        String regularisation = config.regularization() == ImplicitAls.Regularization.PER_CELL
                ? "lambda=" + format(config.lambda()) + " per cell" : "lambda=" + format(config.lambda());
        Line line = new Line("ShopMind ImplicitAls (CG, " + config.cgSteps() + " steps)", regularisation,
                config.alpha(), seconds(sweepSum) / config.iterations(), fit.cpu() / config.iterations(), fit.wall(),
                evaluate(model, split, options.threads));
        System.out.printf(Locale.ROOT, "ShopMind %s: %.2f s per iteration (%.2f CPU s), %.1f s fit%n", regularisation,
                line.perIteration, line.cpuPerIteration, fit.wall());
        return line;
    }

    private static ALS als(Options options, double alpha, double regParam) {
        return new ALS().setImplicitPrefs(true).setRank(options.factors).setMaxIter(options.iterations)
                .setRegParam(regParam).setAlpha(alpha).setSeed(options.seed)
                .setNumUserBlocks(options.sparkBlocks).setNumItemBlocks(options.sparkBlocks)
                .setUserCol("user").setItemCol("item").setRatingCol("rating");
    }

    /** The training cells as a DataFrame (user, item, rating = 1) over ShopMind's dense indices. */
    private static Dataset<Row> cells(SparkSession spark, InteractionMatrix train) {
        List<Row> rows = new ArrayList<>(train.nonZeroCount());
        for (int u = 0; u < train.userCount(); u++) {
            for (int p = train.rowStart(u); p < train.rowEnd(u); p++) {
                rows.add(RowFactory.create(u, train.itemAt(p), train.valueAt(p)));
            }
        }
        StructType schema = new StructType()
                .add("user", DataTypes.IntegerType, false)
                .add("item", DataTypes.IntegerType, false)
                .add("rating", DataTypes.FloatType, false);
        return spark.createDataFrame(rows, schema);
    }

    /** Spark's factors copied into a ShopMind model; rows Spark never saw stay zero. */
    private static FactorModel exported(ALSModel model, InteractionMatrix train, int factors) {
        double[] x = new double[train.userCount() * factors];
        double[] y = new double[train.itemCount() * factors];
        copy(model.userFactors(), x, factors);
        copy(model.itemFactors(), y, factors);
        return new FactorModel(train, x, y, factors);
    }

    private static void copy(Dataset<Row> factorRows, double[] target, int factors) {
        for (Row row : factorRows.collectAsList()) {
            int base = row.getInt(0) * factors;
            List<Object> features = row.getList(1);
            for (int a = 0; a < factors; a++) {
                target[base + a] = ((Number) features.get(a)).doubleValue();
            }
        }
    }

    private static RankingMetrics evaluate(RecommendationModel model, Split split, int threads) {
        int[][] lists = RankingEvaluator.recommendAll(model, split.test(), K, threads);
        return RankingEvaluator.metrics(lists, split.train(), split.test(), K);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String fixed(double value, int decimals) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.3g", value);
    }

    private record Line(String model, String regularisation, double alpha, double perIteration,
            double cpuPerIteration, double fit, RankingMetrics metrics) {
    }

    /**
     * Wall and whole-process CPU time. CPU time counts every thread (Spark's scheduler, shuffle and GC included) and
     * is what a busy shared machine disturbs least.
     */
    private record Clock(long wallStart, long cpuStart) {

        static Clock start() {
            return new Clock(System.nanoTime(), processCpu());
        }

        Lap lap() {
            return new Lap(seconds(System.nanoTime() - wallStart), seconds(processCpu() - cpuStart));
        }

        private static long processCpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }

        record Lap(double wall, double cpu) {
        }
    }

    /** Parsed command-line options. */
    private static final class Options {
        String data;
        int users = 50_000;
        int items = 20_000;
        int perUser = 20;
        int iterations = 5;
        int factors = 64;
        int threads = Runtime.getRuntime().availableProcessors();
        int sparkBlocks = 10;
        List<String> sparkReg = List.of("matched", "0.1");
        double sparkAlpha = 1.0;
        long seed = 42;

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
                    case "--users" -> o.users = positive(flag, value);
                    case "--items" -> o.items = positive(flag, value);
                    case "--per-user" -> o.perUser = positive(flag, value);
                    case "--iterations" -> o.iterations = positive(flag, value);
                    case "--factors" -> o.factors = positive(flag, value);
                    case "--threads" -> o.threads = positive(flag, value);
                    case "--spark-reg" -> {
                        o.sparkReg = List.of(value.split(","));
                        for (String reg : o.sparkReg) {
                            if (!reg.equals("matched") && !(number(flag, reg) > 0)) {
                                throw new IllegalArgumentException(flag + ": must be 'matched' or positive: " + reg);
                            }
                        }
                    }
                    case "--spark-blocks" -> o.sparkBlocks = positive(flag, value);
                    case "--spark-alpha" -> o.sparkAlpha = number(flag, value);
                    case "--seed" -> {
                        try {
                            o.seed = Long.parseLong(value);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException(flag + ": not an integer: '" + value + "'");
                        }
                    }
                    default -> throw new IllegalArgumentException("arguments: unknown option " + flag);
                }
            }
            return o;
        }

        private static int positive(String flag, String value) {
            int n = (int) number(flag, value);
            if (n < 1) {
                throw new IllegalArgumentException(flag + ": must be a positive integer, was " + value);
            }
            return n;
        }

        private static double number(String flag, String value) {
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(flag + ": not a number: '" + value + "'");
            }
        }
    }
}
