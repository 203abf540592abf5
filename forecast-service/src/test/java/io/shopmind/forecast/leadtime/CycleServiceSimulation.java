package io.shopmind.forecast.leadtime;

import io.shopmind.forecast.baseline.GaussianIntervals;
import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.Forecast;
import io.shopmind.forecast.model.Forecaster;
import io.shopmind.forecast.model.PredictionInterval;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Demand with known dynamics, forecast and stocked against: a local-level process y<sub>t</sub> =
 * &ell;<sub>t&minus;1</sub> + &epsilon;<sub>t</sub>, &ell;<sub>t</sub> = &ell;<sub>t&minus;1</sub> +
 * &alpha;&epsilon;<sub>t</sub> (Hyndman et al. 2008, ETS(A,N,N); its forecast errors are correlated across steps).
 * Each replication fits a model to the history, sets the reorder point at the target cycle service level from the
 * lead-time demand, and checks whether the demand that follows over the lead time stays within it: the share that
 * does is the achieved cycle service level.
 *
 * @param alpha     the level's smoothing weight
 * @param sigma     the innovations' standard deviation
 * @param history   observations a model is fitted to
 * @param leadTime  periods of demand the reorder point covers
 */
public record CycleServiceSimulation(double alpha, double sigma, int history, int leadTime) {

    /** How the reorder point is set from a fitted model. */
    public enum Method {
        /** Before: per-step standard deviations from the 80/95 % intervals, summed as if independent, normal. */
        INDEPENDENT_STEPS,
        /** Now: the quantile of the model's cumulative demand distribution over the lead time. */
        CUMULATIVE_DISTRIBUTION
    }

    /** @param achieved share of replications whose lead-time demand stayed within the reorder point */
    public record Result(int replications, double target, double achieved, double meanReorderPoint) {

        /** The binomial standard error of the achieved level at the target. */
        public double standardError() {
            return Math.sqrt(target * (1 - target) / replications);
        }
    }

    public Result run(Forecaster forecaster, Method method, double target, int replications, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        double z = normal.inverseCumulativeProbability(target);
        int covered = 0;
        double reorderPoints = 0;
        double[] y = new double[history];
        for (int r = 0; r < replications; r++) {
            double level = 200;
            for (int t = 0; t < history; t++) {
                double e = sigma * gaussian(random);
                y[t] = level + e;
                level += alpha * e;
            }
            double demand = 0;
            for (int h = 0; h < leadTime; h++) {
                double e = sigma * gaussian(random);
                demand += level + e;
                level += alpha * e;
            }
            FittedModel model = forecaster.fit(y.clone(), 1);
            double reorderPoint = method == Method.CUMULATIVE_DISTRIBUTION
                    ? CumulativeDemand.of(model, leadTime).overLeadTime(leadTime, 0).quantile(target)
                    : independentSteps(model.forecast(leadTime, 80, 95), z);
            reorderPoints += reorderPoint;
            if (demand <= reorderPoint) {
                covered++;
            }
        }
        return new Result(replications, target, (double) covered / replications, reorderPoints / replications);
    }

    /**
     * The process itself as the forecaster: the level filtered with the true &alpha; from the true start, and the
     * true h-step variances &sigma;&sup2;(1 + (h &minus; 1)&alpha;&sup2;), so no estimation error enters.
     */
    public Forecaster knownModel() {
        return (y, seasonalPeriod) -> {
            double level = 200;
            for (double v : y) {
                level += alpha * (v - level);
            }
            double last = level;
            return new FittedModel() {
                @Override
                public String name() {
                    return "known local level";
                }

                @Override
                public Forecast forecast(int horizon, double... levels) {
                    double[] mean = new double[horizon];
                    double[] se = new double[horizon];
                    for (int h = 0; h < horizon; h++) {
                        mean[h] = last;
                        se[h] = sigma * Math.sqrt(1 + h * alpha * alpha);
                    }
                    return new Forecast(name(), mean, GaussianIntervals.of(mean, se, levels));
                }
            };
        };
    }

    /** Inventory's former reorder point: mean plus z times the root of the summed per-step variances. */
    private static double independentSteps(Forecast forecast, double z) {
        double mean = 0;
        double variance = 0;
        for (int h = 0; h < forecast.horizon(); h++) {
            mean += Math.max(0, forecast.mean()[h]);
            double sd = 0;
            for (PredictionInterval interval : forecast.intervals()) {
                double zLevel = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.5 + interval.level() / 200);
                sd += (interval.upper()[h] - interval.lower()[h]) / (2 * zLevel) / forecast.intervals().size();
            }
            variance += sd * sd;
        }
        return mean + z * Math.sqrt(variance);
    }

    /** A standard normal draw (Box-Muller), from a seeded generator so runs repeat. */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
