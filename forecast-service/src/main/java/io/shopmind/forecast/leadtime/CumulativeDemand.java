package io.shopmind.forecast.leadtime;

import io.shopmind.forecast.arima.ArimaModel;
import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.Forecast;
import io.shopmind.forecast.neural.QuantilePaths;
import io.shopmind.forecast.selection.CombinedModel;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The distribution of demand summed over the next L periods, L = 1 &hellip; H, as quantiles at fixed probabilities,
 * from the fitted model's own error process rather than from per-step intervals taken as independent:
 * <ul>
 *   <li>{@link #EXACT}: ARIMA models, from their exact innovation weights ({@link InnovationWeights#ofArima});</li>
 *   <li>{@link #INNOVATIONS}: the other single-source-of-error models (ETS, Theta, DOTM, the naive and intermittent
 *       methods), from the weights their own h-step variances imply ({@link InnovationWeights#implied});</li>
 *   <li>{@link #COMBINED}: an ensemble, its members' quantiles combined per probability as the ensemble combines
 *       its means (quantile averaging, Lichtendahl, Grushka-Cockayne &amp; Winkler, "Is It Better to Average
 *       Probabilities or Quantiles?", Management Science 59(7), 2013);</li>
 *   <li>{@link #COMONOTONE}: a model that gives only per-step quantiles (the global networks): their sum per
 *       probability, the quantile of the sum when the steps' errors move together, the largest spread any dependence
 *       allows for the sum of quantiles (Embrechts, Frey &amp; McNeil, <i>Quantitative Risk Management</i>, 2005,
 *       section 5.1.2), so safety stock errs on the safe side.</li>
 * </ul>
 * Gaussian sums are centred on the summed point forecasts; demand never goes below zero.
 *
 * @param method    how the distribution was obtained, one of the constants above
 * @param mean      expected cumulative demand over the first L periods, {@code [L - 1]}
 * @param quantiles {@code [L - 1][k]}, the quantile at {@link #PROBABILITIES}{@code [k]}, ascending in k
 */
public record CumulativeDemand(String method, double[] mean, double[][] quantiles) {

    public static final String EXACT = "arima-exact";
    public static final String INNOVATIONS = "innovations";
    public static final String COMBINED = "quantile-combination";
    public static final String COMONOTONE = "comonotone-bound";

    /** The probabilities the quantiles are kept at: dense in the upper tail, where service levels lie. */
    static final double[] PROBABILITIES = {0.001, 0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8,
        0.85, 0.9, 0.925, 0.95, 0.96, 0.97, 0.975, 0.98, 0.99, 0.995, 0.998, 0.999};

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);
    static final double[] SCORES = new double[PROBABILITIES.length];

    static {
        for (int k = 0; k < PROBABILITIES.length; k++) {
            SCORES[k] = STANDARD_NORMAL.inverseCumulativeProbability(PROBABILITIES[k]);
        }
    }

    public CumulativeDemand {
        if (mean == null || quantiles == null || mean.length == 0 || mean.length != quantiles.length) {
            throw new IllegalArgumentException("mean and quantiles must be non-empty and of equal length");
        }
        for (double[] q : quantiles) {
            if (q.length != PROBABILITIES.length) {
                throw new IllegalArgumentException("one quantile per probability");
            }
        }
    }

    /** The probabilities of {@link #quantiles()}, a copy. */
    public static double[] probabilities() {
        return PROBABILITIES.clone();
    }

    public int horizon() {
        return mean.length;
    }

    /** The cumulative demand distribution of {@code model}'s next {@code horizon} periods. */
    public static CumulativeDemand of(FittedModel model, int horizon) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be positive");
        }
        if (model instanceof CombinedModel combined) {
            return combine(combined, horizon);
        }
        Forecast forecast = model.forecast(horizon, 80, 95);
        double[] cumulativeMean = cumulativeMean(forecast.mean());
        if (model instanceof QuantilePaths) {
            return comonotone(model, forecast, cumulativeMean);
        }
        if (model instanceof ArimaModel arima && arima.regressorNames().isEmpty()) {
            return gaussian(EXACT, cumulativeMean, InnovationWeights.ofArima(arima, horizon));
        }
        return gaussian(INNOVATIONS, cumulativeMean, InnovationWeights.implied(forecast));
    }

    private static double[] cumulativeMean(double[] stepMean) {
        double[] cumulative = new double[stepMean.length];
        double sum = 0;
        for (int h = 0; h < stepMean.length; h++) {
            sum += Math.max(0, stepMean[h]); // a forecast may dip below zero; demand cannot
            cumulative[h] = sum;
        }
        return cumulative;
    }

    static CumulativeDemand gaussian(String method, double[] cumulativeMean, InnovationWeights weights) {
        double[] variance = weights.cumulativeVariances();
        double[][] q = new double[cumulativeMean.length][PROBABILITIES.length];
        for (int h = 0; h < q.length; h++) {
            double sd = Math.sqrt(variance[h]);
            for (int k = 0; k < PROBABILITIES.length; k++) {
                q[h][k] = Math.max(0, cumulativeMean[h] + SCORES[k] * sd);
            }
        }
        return new CumulativeDemand(method, cumulativeMean, q);
    }

    private static CumulativeDemand comonotone(FittedModel model, Forecast central, double[] cumulativeMean) {
        int horizon = cumulativeMean.length;
        double[] levels = new double[PROBABILITIES.length];
        for (int k = 0; k < levels.length; k++) {
            levels[k] = Math.abs(200 * PROBABILITIES[k] - 100);
        }
        List<Double> distinct = new ArrayList<>();
        for (double level : levels) {
            if (level > 0 && !distinct.contains(level)) {
                distinct.add(level);
            }
        }
        Forecast forecast = model.forecast(horizon, distinct.stream().mapToDouble(Double::doubleValue).toArray());
        double[][] q = new double[horizon][PROBABILITIES.length];
        for (int k = 0; k < PROBABILITIES.length; k++) {
            double sum = 0;
            for (int h = 0; h < horizon; h++) {
                double step = PROBABILITIES[k] == 0.5 ? central.mean()[h]
                        : PROBABILITIES[k] > 0.5 ? forecast.interval(levels[k]).upper()[h]
                        : forecast.interval(levels[k]).lower()[h];
                sum += Math.max(0, step);
                q[h][k] = sum;
            }
        }
        return new CumulativeDemand(COMONOTONE, cumulativeMean, q);
    }

    private static CumulativeDemand combine(CombinedModel model, int horizon) {
        List<CumulativeDemand> members = model.members().stream().map(m -> of(m, horizon)).toList();
        double[] mean = new double[horizon];
        double[][] q = new double[horizon][PROBABILITIES.length];
        double[] values = new double[members.size()];
        for (int h = 0; h < horizon; h++) {
            for (int i = 0; i < values.length; i++) {
                values[i] = members.get(i).mean[h];
            }
            mean[h] = model.combination().of(values);
            for (int k = 0; k < PROBABILITIES.length; k++) {
                for (int i = 0; i < values.length; i++) {
                    values[i] = members.get(i).quantiles[h][k];
                }
                q[h][k] = model.combination().of(values);
            }
        }
        return new CumulativeDemand(COMBINED, mean, q);
    }

    /**
     * The distribution of demand over a lead time of {@code leadTimeMean} periods (fractional ones interpolated
     * between whole periods), mixed over a normal lead time with standard deviation {@code leadTimeSd} when it is
     * positive (the lead time independent of demand, as in Silver, Pyke &amp; Thomas, 4th ed., section 6.10).
     */
    public LeadTimeDistribution overLeadTime(double leadTimeMean, double leadTimeSd) {
        return LeadTimeDistribution.of(this, leadTimeMean, leadTimeSd);
    }

    /** Quantiles at lead time {@code l} periods: 0 at l = 0, linear between whole periods and past the horizon. */
    double[] quantilesAt(double l, double[] into) {
        return interpolate(l, quantiles, into);
    }

    double meanAt(double l) {
        int below = Math.min((int) Math.floor(l), mean.length - 1);
        double low = below == 0 ? 0 : mean[below - 1];
        return Math.max(0, low + (l - below) * (mean[below] - low));
    }

    private static double[] interpolate(double l, double[][] byPeriod, double[] into) {
        int horizon = byPeriod.length;
        // D(0) = 0 and D(h) = byPeriod[h - 1]; past the horizon the last period's increment goes on
        int below = Math.min((int) Math.floor(l), horizon - 1);
        double share = l - below;
        for (int k = 0; k < into.length; k++) {
            double low = below == 0 ? 0 : byPeriod[below - 1][k];
            double high = byPeriod[below][k];
            into[k] = Math.max(0, low + share * (high - low));
        }
        return into;
    }
}
