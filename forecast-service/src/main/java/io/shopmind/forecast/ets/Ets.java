package io.shopmind.forecast.ets;

import io.shopmind.forecast.baseline.GaussianIntervals;
import io.shopmind.forecast.model.FittedModel;
import io.shopmind.forecast.model.Forecaster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exponential smoothing state space models estimated by maximum likelihood, with automatic choice
 * of error, trend and season by AICc when a component is {@code 'Z'} (Hyndman et al. 2008,
 * sections 5.1–5.2 and 7.1; Hyndman, Koehler, Snyder &amp; Grose 2002). Follows R forecast 8.20
 * {@code ets} with its defaults: likelihood criterion, "both" parameter bounds, restricted model
 * set, no multiplicative trend, Nelder-Mead over smoothing parameters and initial states.
 *
 * @param model  three letters for error, trend and season: {@code A}, {@code M}, {@code N} or
 *               {@code Z} (choose automatically); the error may not be {@code N}, the trend not {@code M}
 * @param damped    {@code TRUE} or {@code FALSE} to fix the damping, null to try both
 * @param criterion what the parameter search minimises
 */
public record Ets(String model, Boolean damped, Criterion criterion) implements Forecaster {

    /** The optimisation criterion, R's {@code opt.crit}. */
    public enum Criterion {
        /** The likelihood (R's default for {@code ets}). */
        LIKELIHOOD,
        /** The mean squared one-step error on the data's scale (what R's {@code ses}, {@code holt} and {@code hw} use). */
        MSE
    }

    private static final int MAX_EVALUATIONS = 2000;
    private static final double INTOL = Math.sqrt(Math.ulp(1.0));

    public Ets(String model, Boolean damped) {
        this(model, damped, Criterion.LIKELIHOOD);
    }

    public Ets {
        if (criterion == null) {
            throw new IllegalArgumentException("criterion must not be null");
        }
        if (model == null || model.length() != 3) {
            throw new IllegalArgumentException("model must have three letters, got " + model);
        }
        String code = model.toUpperCase();
        if ("AMZ".indexOf(code.charAt(0)) < 0) {
            throw new IllegalArgumentException("model error letter must be A, M or Z, got " + code.charAt(0));
        }
        if ("NAZ".indexOf(code.charAt(1)) < 0) {
            throw new IllegalArgumentException("model trend letter must be N, A or Z, got " + code.charAt(1));
        }
        if ("NAMZ".indexOf(code.charAt(2)) < 0) {
            throw new IllegalArgumentException("model season letter must be N, A, M or Z, got " + code.charAt(2));
        }
        if (code.charAt(0) == 'A' && code.charAt(2) == 'M') {
            throw new IllegalArgumentException("model " + code + " is a forbidden combination: additive errors with multiplicative season");
        }
        if (Boolean.TRUE.equals(damped) && code.charAt(1) == 'N') {
            throw new IllegalArgumentException("damped needs a trend, model " + code);
        }
        model = code;
    }

    /** Fully automatic selection, as {@code ets(y)}. */
    public static Ets auto() {
        return new Ets("ZZZ", null);
    }

    @Override
    public EtsModel fit(double[] y, int seasonalPeriod) {
        return fit(y, seasonalPeriod, null);
    }

    /**
     * Fits to ever longer beginnings of one series, as a rolling-origin backtest needs them. The first fit of each
     * variant starts from R's starting values, as {@link #fit}; later ones start at the variant's previous optimum
     * with a simplex of one step per parameter scaled to it. The windows share their start, hence the meaning of
     * the initial states, so the previous optimum lies next to the new one and the search needs a fraction of the
     * evaluations; the estimates agree with a cold start up to the optimiser's tolerance (a cold Nelder-Mead from
     * R's crude simplex is itself often stopped short of the optimum, so a warm start can land on a better one).
     */
    public Refits refits(double[] y, int seasonalPeriod) {
        return new Refits(this, y, seasonalPeriod);
    }

    /** Warm-started fits of one model to beginnings of one series; see {@link Ets#refits}. Not thread-safe. */
    public static final class Refits {
        private final Ets ets;
        private final double[] y;
        private final int seasonalPeriod;
        private final Map<EtsSpec, double[]> optima = new HashMap<>();

        private Refits(Ets ets, double[] y, int seasonalPeriod) {
            this.ets = ets;
            this.y = y.clone();
            this.seasonalPeriod = seasonalPeriod;
        }

        /** The model fitted to the first {@code length} observations. */
        public EtsModel fit(int length) {
            if (length < 1 || length > y.length) {
                throw new IllegalArgumentException("length must lie in 1.." + y.length + ", got " + length);
            }
            return ets.fit(Arrays.copyOf(y, length), seasonalPeriod, optima);
        }
    }

    /** Fits every variant the letters allow; {@code optima}, when given, holds and receives warm starts. */
    private EtsModel fit(double[] y, int seasonalPeriod, Map<EtsSpec, double[]> optima) {
        GaussianIntervals.checkSeries(y, seasonalPeriod, 3);
        int m = seasonalPeriod;
        char seasonLetter = model.charAt(2);
        if (m == 1 && (seasonLetter == 'A' || seasonLetter == 'M')) {
            throw new IllegalArgumentException("seasonalPeriod is 1: a seasonal model needs seasonal data");
        }
        if (m > 24 && (seasonLetter == 'A' || seasonLetter == 'M')) {
            throw new IllegalArgumentException("seasonalPeriod " + m + " is too high for a seasonal ETS model (at most 24)");
        }
        if (m == 1 || m > 24 || y.length <= m) {
            seasonLetter = 'N';
        }
        boolean positive = true;
        for (double v : y) {
            positive &= v > 0;
        }
        if (!positive && model.charAt(0) == 'M') {
            throw new IllegalArgumentException("y must be positive for multiplicative errors");
        }
        List<EtsComponent> errors = choices(model.charAt(0), "AM");
        List<EtsComponent> trends = choices(model.charAt(1), "NA");
        List<EtsComponent> seasons = choices(seasonLetter, "NAM");
        List<Boolean> dampings = damped == null ? List.of(true, false) : List.of(damped);
        EtsModel best = null;
        for (EtsComponent error : errors) {
            for (EtsComponent trend : trends) {
                for (EtsComponent season : seasons) {
                    for (boolean d : dampings) {
                        if (trend == EtsComponent.NONE && d) {
                            continue;
                        }
                        if (error == EtsComponent.ADDITIVE && season == EtsComponent.MULTIPLICATIVE) {
                            continue;
                        }
                        if (!positive && error == EtsComponent.MULTIPLICATIVE) {
                            continue;
                        }
                        EtsSpec spec = new EtsSpec(error, trend, season, d);
                        EtsModel candidate = fitModel(y, season == EtsComponent.NONE ? 1 : m, spec, criterion,
                                optima == null ? null : optima.get(spec));
                        if (optima != null && candidate != null) {
                            optima.put(spec, parameters(candidate));
                        }
                        if (candidate != null && !Double.isNaN(candidate.aicc())
                                && (best == null ? candidate.aicc() < Double.POSITIVE_INFINITY : candidate.aicc() < best.aicc())) {
                            best = candidate;
                        }
                    }
                }
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("y is too short to fit an ETS model of type " + model
                    + " (" + y.length + " observations)");
        }
        return best;
    }

    private static List<EtsComponent> choices(char letter, String automatic) {
        List<EtsComponent> out = new ArrayList<>();
        if (letter == 'Z') {
            for (char c : automatic.toCharArray()) {
                out.add(EtsComponent.of(c));
            }
        } else {
            out.add(EtsComponent.of(letter));
        }
        return out;
    }

    /**
     * Estimates one model by minimising the likelihood criterion from R's starting values; null when
     * there are too few observations or the criterion cannot be evaluated at the start.
     */
    static EtsModel fitModel(double[] y, int m, EtsSpec spec, Criterion criterion) {
        return fitModel(y, m, spec, criterion, null);
    }

    /** As {@link #fitModel(double[], int, EtsSpec, Criterion)}, starting from {@code warm} when it is evaluable. */
    static EtsModel fitModel(double[] y, int m, EtsSpec spec, Criterion criterion, double[] warm) {
        double[] lower = ParameterSpace.LOWER;
        double[] upper = ParameterSpace.UPPER;
        double alpha = lower[0] + 0.2 * (upper[0] - lower[0]) / m;
        if (alpha > 1 || alpha < 0) {
            alpha = lower[0] + 2e-3;
        }
        List<Double> start = new ArrayList<>();
        start.add(alpha);
        double beta = Double.NaN;
        double gamma = Double.NaN;
        double phi = 1;
        if (spec.hasTrend()) {
            double upperBeta = Math.min(upper[1], alpha);
            beta = lower[1] + 0.1 * (upperBeta - lower[1]);
            if (beta < 0 || beta > alpha) {
                beta = alpha - 1e-3;
            }
            start.add(beta);
        }
        if (spec.hasSeason()) {
            double upperGamma = Math.min(upper[2], 1 - alpha);
            gamma = lower[2] + 0.05 * (upperGamma - lower[2]);
            if (gamma < 0 || gamma > 1 - alpha) {
                gamma = 1 - alpha - 1e-3;
            }
            start.add(gamma);
        }
        if (spec.damped()) {
            phi = lower[3] + 0.99 * (upper[3] - lower[3]);
            if (phi < 0 || phi > 1) {
                phi = upper[3] - 1e-3;
            }
            start.add(phi);
        }
        if (!ParameterSpace.contains(spec, m, alpha, spec.hasTrend() ? beta : 0, spec.hasSeason() ? gamma : 0, phi)) {
            return null;
        }
        double[] initialState = EtsInitialState.of(y, m, spec);
        int smoothing = start.size();
        double[] par = new double[smoothing + initialState.length];
        for (int i = 0; i < smoothing; i++) {
            par[i] = start.get(i);
        }
        System.arraycopy(initialState, 0, par, smoothing, initialState.length);
        if (par.length >= y.length - 1) {
            return null;
        }
        Objective objective = new Objective(y, m, spec, initialState.length, criterion == Criterion.MSE);
        if (warm != null && warm.length == par.length) {
            try {
                return objective.model(NelderMead.minimize(objective::value, warm, warmSteps(warm, smoothing),
                        Double.NEGATIVE_INFINITY, INTOL, 1.0, 0.5, 2.0, MAX_EVALUATIONS).x());
            } catch (IllegalStateException notEvaluable) {
                // the previous optimum is not admissible for these data: start afresh
            }
        }
        NelderMead.Result result;
        try {
            result = NelderMead.minimize(objective::value, par, Double.NEGATIVE_INFINITY, INTOL, 1.0, 0.5, 2.0, MAX_EVALUATIONS);
        } catch (IllegalStateException notEvaluable) {
            return null;
        }
        return objective.model(result.x());
    }

    /** The estimates as the optimiser sees them: {@code [alpha, beta?, gamma?, phi?, free initial states]}. */
    private static double[] parameters(EtsModel model) {
        EtsSpec spec = model.spec();
        double[] par = new double[model.parameterCount()];
        int j = 0;
        par[j++] = model.alpha();
        if (spec.hasTrend()) {
            par[j++] = model.beta();
        }
        if (spec.hasSeason()) {
            par[j++] = model.gamma();
        }
        if (spec.damped()) {
            par[j++] = model.phi();
        }
        System.arraycopy(model.states()[0], 0, par, j, par.length - j);
        return par;
    }

    /**
     * The simplex around a warm start: a hundredth for the smoothing parameters, which live in (0, 1), and 1 % of
     * each initial state.
     */
    private static double[] warmSteps(double[] warm, int smoothing) {
        double[] steps = new double[warm.length];
        for (int i = 0; i < warm.length; i++) {
            steps[i] = i < smoothing ? 0.01 : Math.max(0.01 * Math.abs(warm[i]), 1e-3);
        }
        return steps;
    }

    /** The likelihood criterion as a function of {@code [alpha, beta?, gamma?, phi?, initial states]}. */
    private static final class Objective {
        private final double[] y;
        private final int m;
        private final EtsSpec spec;
        private final int nstate;
        private final double[] fullState;
        private final double[] ring;
        private final boolean meanSquaredError;

        Objective(double[] y, int m, EtsSpec spec, int nstate, boolean meanSquaredError) {
            this.meanSquaredError = meanSquaredError;
            this.y = y;
            this.m = m;
            this.spec = spec;
            this.nstate = nstate;
            this.fullState = new double[nstate + (spec.hasSeason() ? 1 : 0)];
            this.ring = new double[m];
        }

        double value(double[] par) {
            int j = 0;
            double alpha = par[j++];
            double beta = spec.hasTrend() ? par[j++] : 0;
            double gamma = spec.hasSeason() ? par[j++] : 0;
            double phi = spec.damped() ? par[j++] : 1;
            if (!ParameterSpace.contains(spec, m, alpha, beta, gamma, phi)) {
                return Double.POSITIVE_INFINITY;
            }
            if (!completeState(par, fullState)) {
                return Double.POSITIVE_INFINITY;
            }
            double value = EtsRecursion.run(y, m, fullState, spec, alpha, beta, gamma, phi, null, null, null, meanSquaredError,
                    ring);
            if (!meanSquaredError && value < -1e10) {
                value = -1e10;
            }
            return Double.isNaN(value) ? Double.POSITIVE_INFINITY : value;
        }

        /** Appends the seasonal state implied by normalisation; false when a multiplicative index is negative. */
        private boolean completeState(double[] par, double[] state) {
            System.arraycopy(par, par.length - nstate, state, 0, nstate);
            if (!spec.hasSeason()) {
                return true;
            }
            int first = spec.hasTrend() ? 2 : 1;
            double sum = 0;
            for (int i = first; i < nstate; i++) {
                sum += state[i];
            }
            boolean multiplicative = spec.season() == EtsComponent.MULTIPLICATIVE;
            state[nstate] = (multiplicative ? m : 0) - sum;
            if (multiplicative) {
                for (int i = first; i <= nstate; i++) {
                    if (state[i] < 0) {
                        return false;
                    }
                }
            }
            return true;
        }

        EtsModel model(double[] par) {
            int j = 0;
            double alpha = par[j++];
            double beta = spec.hasTrend() ? par[j++] : Double.NaN;
            double gamma = spec.hasSeason() ? par[j++] : Double.NaN;
            double phi = spec.damped() ? par[j++] : 1;
            double[] x0 = new double[fullState.length];
            completeState(par, x0);
            int n = y.length;
            double[] e = new double[n];
            double[] fitted = new double[n];
            double[][] states = new double[n + 1][];
            double lik = EtsRecursion.run(y, m, x0, spec, alpha, spec.hasTrend() ? beta : 0,
                    spec.hasSeason() ? gamma : 0, phi, e, fitted, states);
            int np = par.length + 1;
            double aic = lik + 2 * np;
            double bic = lik + Math.log(n) * np;
            double aicc = aic + 2.0 * np * (np + 1) / (n - np - 1);
            double sse = 0;
            for (double v : e) {
                sse += v * v;
            }
            double sigma2 = sse / (n - par.length);
            return new EtsModel(spec, m, alpha, beta, gamma, phi, states, e, fitted, -0.5 * lik,
                    aic, aicc, bic, sigma2, par.length);
        }
    }
}
