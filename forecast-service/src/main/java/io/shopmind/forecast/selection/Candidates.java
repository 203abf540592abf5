package io.shopmind.forecast.selection;

import io.shopmind.forecast.arima.AutoArima;
import io.shopmind.forecast.arima.RegressionWithArimaErrors;
import io.shopmind.forecast.baseline.Mean;
import io.shopmind.forecast.baseline.Naive;
import io.shopmind.forecast.baseline.Naive2;
import io.shopmind.forecast.baseline.SeasonalNaive;
import io.shopmind.forecast.ets.DampedHolt;
import io.shopmind.forecast.ets.Ets;
import io.shopmind.forecast.ets.Holt;
import io.shopmind.forecast.ets.HoltWinters;
import io.shopmind.forecast.ets.SeasonalTrendLoessEts;
import io.shopmind.forecast.ets.SimpleExponentialSmoothing;
import io.shopmind.forecast.evaluation.Candidate;
import io.shopmind.forecast.intermittent.Croston;
import io.shopmind.forecast.intermittent.SyntetosBoylanApproximation;
import io.shopmind.forecast.intermittent.TeunterSyntetosBabai;
import io.shopmind.forecast.neural.GlobalNeuralForecaster;
import io.shopmind.forecast.neural.NeuralSettings;
import io.shopmind.forecast.theta.DynamicOptimisedTheta;
import io.shopmind.forecast.theta.Theta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The forecasting methods a selection can choose from, by the names clients and the command line use. */
public final class Candidates {

    private static final Map<String, Candidate> BY_NAME = new LinkedHashMap<>();

    static {
        add(new Candidate("AutoARIMA", new AutoArima()));
        add(new Candidate("RegARIMA", new RegressionWithArimaErrors()));
        add(new Candidate("ETS", Ets.auto()));
        add(new Candidate("STLF", new SeasonalTrendLoessEts()));
        add(new Candidate("Theta", new Theta()));
        add(new Candidate("DOTM", new DynamicOptimisedTheta()));
        add(new Candidate("SNaive", new SeasonalNaive()));
        add(new Candidate("Naive", new Naive()));
        add(new Candidate("Naive2", new Naive2()));
        add(new Candidate("Mean", new Mean()));
        add(new Candidate("SES", new SimpleExponentialSmoothing()));
        add(new Candidate("Holt", new Holt()));
        add(new Candidate("DampedHolt", new DampedHolt()));
        add(new Candidate("HoltWinters", HoltWinters.additiveSeasonal()));
        add(new Candidate("Croston", new Croston()));
        add(new Candidate("SBA", new SyntetosBoylanApproximation()));
        add(new Candidate("TSB", new TeunterSyntetosBabai()));
        add(new Candidate("GRU", new GlobalNeuralForecaster()));
        add(new Candidate("LSTM", new GlobalNeuralForecaster(NeuralSettings.defaults().withCell(NeuralSettings.Cell.LSTM))));
    }

    private Candidates() {
    }

    private static void add(Candidate candidate) {
        BY_NAME.put(candidate.name().toLowerCase(Locale.ROOT), candidate);
    }

    /**
     * What a selection backtests on every series by default: auto ETS, Theta, DOTM, the seasonal naive method, and the
     * regression of demand on price and promotion with ARIMA errors where the history holds prices or promotions that
     * change.
     */
    public static List<Candidate> core() {
        return named(List.of("ETS", "Theta", "DOTM", "SNaive", "RegARIMA"));
    }

    /** AutoARIMA, added for short series, where its order search is cheap. */
    public static List<Candidate> shortSeries() {
        return named(List.of("AutoARIMA"));
    }

    /** Croston, SBA and TSB, added for series with many zero periods. */
    public static List<Candidate> intermittent() {
        return named(List.of("Croston", "SBA", "TSB"));
    }

    /** Every method known by name. */
    public static List<String> names() {
        return BY_NAME.values().stream().map(Candidate::name).toList();
    }

    /** The methods of the given names (case-insensitive); throws naming the first unknown one. */
    public static List<Candidate> named(List<String> names) {
        List<Candidate> candidates = new ArrayList<>(names.size());
        for (String name : names) {
            Candidate candidate = BY_NAME.get(name.trim().toLowerCase(Locale.ROOT));
            if (candidate == null) {
                throw new IllegalArgumentException("Unknown model '" + name + "'; known: " + String.join(", ", names()));
            }
            candidates.add(candidate);
        }
        return List.copyOf(candidates);
    }
}
