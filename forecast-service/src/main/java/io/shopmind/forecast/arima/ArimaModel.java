package io.shopmind.forecast.arima;

import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.Forecast;
import io.shopmind.forecast.model.PredictionInterval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A fitted ARIMA model, with what R's {@code forecast::Arima} reports, and forecasts as R's
 * {@code predict.Arima} / {@code forecast.Arima} (Kalman forecasts, normal prediction intervals).
 *
 * @param order          the ARIMA orders
 * @param period         the seasonal period m
 * @param coefficientNames names as R prints them: {@code ar1.., ma1.., sar1.., sma1.., intercept | drift}
 * @param coefficients   estimates in the order of {@code coefficientNames}
 * @param covariance     estimated covariance of the coefficients (R's {@code var.coef}); empty when none estimated
 * @param sigma2         innovation variance used for the prediction intervals: the mean square of the residuals
 *                       with forecast's degrees-of-freedom correction, as {@code forecast::Arima} reports it
 * @param sigma2Arima    the innovation variance {@code stats::arima} reports (ML: sum of squares over
 *                       {@code nUsed}; CSS: mean conditional square), which auto.arima's approximation uses
 * @param logLikelihood  Gaussian log-likelihood (for CSS fits, the conditional one)
 * @param aic            Akaike's criterion, NaN for CSS fits
 * @param aicc           small-sample corrected AIC, NaN for CSS fits
 * @param bic            Bayesian criterion, NaN for CSS fits
 * @param nUsed          observations after differencing
 * @param residuals      innovations of the fitted model (R's {@code residuals})
 * @param state          end-of-sample Kalman state, the start of every forecast
 * @param n              length of the series the model was fitted to
 * @param regressorNames the external regressors (R's {@code xreg}) whose future values a forecast needs
 */
public record ArimaModel(ArimaOrder order, int period, List<String> coefficientNames, double[] coefficients,
                         double[][] covariance, double sigma2, double sigma2Arima, double logLikelihood, double aic, double aicc,
                         double bic, int nUsed, double[] residuals, KalmanState state, int n, List<String> regressorNames)
        implements FittedModel {

    /**
     * The model in state-space form, with the filtered state at the end of the sample.
     *
     * @param phi   expanded AR coefficients
     * @param theta expanded MA coefficients
     * @param delta differencing polynomial
     * @param a     filtered state mean
     * @param p     filtered state covariance, column-major
     */
    public record KalmanState(double[] phi, double[] theta, double[] delta, double[] a, double[] p) {
    }

    public ArimaModel {
        coefficientNames = List.copyOf(coefficientNames);
        regressorNames = List.copyOf(regressorNames);
    }

    /** The estimate named as R names it (e.g. {@code "ma1"}, {@code "sma1"}, {@code "drift"}); NaN if absent. */
    public double coefficient(String name) {
        int i = coefficientNames.indexOf(name);
        return i < 0 ? Double.NaN : coefficients[i];
    }

    public boolean hasDrift() {
        return coefficientNames.contains("drift");
    }

    public boolean hasMean() {
        return coefficientNames.contains("intercept");
    }

    /** Number of estimated parameters plus one for sigma^2, as the forecast package counts them. */
    public int parameterCount() {
        return coefficients.length + 1;
    }

    @Override
    public String name() {
        if (!regressorNames.isEmpty()) {
            // as the forecast package prints a regression with ARIMA errors
            return "Regression with " + order.label(period) + " errors";
        }
        String label = order.label(period);
        if (hasDrift()) {
            return label + " with drift";
        }
        if (hasMean()) {
            return label + " with non-zero mean";
        }
        if (order.d() == 0 && order.D() == 0) {
            return label + " with zero mean";
        }
        return label;
    }

    @Override
    public Forecast forecast(int horizon, double... levels) {
        if (!regressorNames.isEmpty()) {
            throw new IllegalArgumentException("a regression with ARIMA errors forecasts only with future values of "
                    + regressorNames);
        }
        return forecast(horizon, Regressors.NONE, levels);
    }

    /**
     * Forecasts of a regression with ARIMA errors, as R's {@code forecast(fit, xreg = future)}: the ARIMA
     * forecast of the errors plus the regression on the future regressors, which must be given for every step.
     */
    public Forecast forecast(int horizon, Regressors future, double... levels) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be positive");
        }
        if (!future.names().equals(regressorNames)) {
            throw new IllegalArgumentException("future regressors " + future.names() + " do not match the model's "
                    + regressorNames);
        }
        if (future.count() > 0 && future.length() < horizon) {
            throw new IllegalArgumentException("future regressors cover " + future.length() + " steps, not "
                    + horizon);
        }
        double[][] fc = StateSpaceArima.forecast(state, horizon);
        double[] mean = fc[0];
        double[] se = new double[horizon];
        double intercept = coefficient("intercept");
        double drift = coefficient("drift");
        for (int h = 0; h < horizon; h++) {
            if (!Double.isNaN(intercept)) {
                mean[h] += intercept;
            }
            if (!Double.isNaN(drift)) {
                mean[h] += drift * (n + h + 1);
            }
            for (int j = 0; j < future.count(); j++) {
                mean[h] += coefficient(regressorNames.get(j)) * future.column(j)[h];
            }
            se[h] = Math.sqrt(fc[1][h] * sigma2);
        }
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        List<PredictionInterval> intervals = new ArrayList<>(levels.length);
        for (double level : levels) {
            if (!(level > 0 && level < 100)) {
                throw new IllegalArgumentException("interval level must be in (0, 100) percent: " + level);
            }
            double z = normal.inverseCumulativeProbability(0.5 + level / 200.0);
            double[] lower = new double[horizon];
            double[] upper = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                lower[h] = mean[h] - z * se[h];
                upper[h] = mean[h] + z * se[h];
            }
            intervals.add(new PredictionInterval(level, lower, upper));
        }
        return new Forecast(name(), mean, intervals);
    }

    @Override
    public String toString() {
        return name() + " coef=" + coefficientNames + Arrays.toString(coefficients) + " sigma2=" + sigma2
                + " loglik=" + logLikelihood + " aic=" + aic + " aicc=" + aicc + " bic=" + bic;
    }
}
