package io.shopmind.forecast.run;

import io.shopmind.forecast.history.Frequency;
import io.shopmind.forecast.leadtime.CumulativeDemand;
import io.shopmind.forecast.selection.BacktestScore;
import io.shopmind.forecast.selection.Selection;
import io.shopmind.model.forecast.ForecastAccuracy;
import io.shopmind.model.forecast.ForecastPoint;
import io.shopmind.model.forecast.SeriesForecast;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Each run's result per series: the chosen model, its backtest, and its forecast points (as JSON). */
@Component
public class SeriesForecastStore {

    private static final TypeReference<List<ForecastPoint>> POINTS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper jsonMapper;

    public SeriesForecastStore(JdbcTemplate jdbc, JsonMapper jsonMapper) {
        this.jdbc = jdbc;
        this.jsonMapper = jsonMapper;
    }

    /** Stores a series' forecast; one with a non-finite value is refused, so the series counts as not forecast. */
    void save(UUID runId, String seriesId, int horizon, Selection selection, String model, List<ForecastPoint> points,
            CumulativeDemand cumulative) {
        for (ForecastPoint point : points) {
            boolean finite = Double.isFinite(point.mean())
                    && point.intervals().stream().allMatch(i -> Double.isFinite(i.lower()) && Double.isFinite(i.upper()));
            if (!finite) {
                throw new IllegalStateException(model + " forecast a non-finite value for " + point.ds());
            }
        }
        for (double[] quantiles : cumulative.quantiles()) {
            if (!Arrays.stream(quantiles).allMatch(Double::isFinite)) {
                throw new IllegalStateException(model + " gave a non-finite cumulative demand quantile");
            }
        }
        BacktestScore accuracy = selection.accuracy();
        jdbc.update("""
                INSERT INTO series_forecast (run_id, series_id, method, model, mase, smape, origins, horizon,
                                             intermittent, points, cumulative_demand)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)""", runId, seriesId, selection.method(), model,
                accuracy == null ? null : finite(accuracy.mase()), accuracy == null ? null : finite(accuracy.smape()),
                accuracy == null ? 0 : accuracy.origins(), horizon, selection.intermittent(),
                jsonMapper.writeValueAsString(points), jsonMapper.writeValueAsString(StoredCumulative.of(cumulative)));
    }

    /** The series' forecast from the latest successful run that included it. */
    public Optional<SeriesForecast> latest(String seriesId) {
        return jdbc.query("""
                SELECT sf.* FROM series_forecast sf JOIN forecast_run r ON r.id = sf.run_id
                WHERE sf.series_id = ? AND r.state = 'SUCCEEDED'
                  -- earlier versions stored NaN and Infinity (as strings); such a forecast is not served
                  AND sf.points::text !~ '"-?(NaN|Infinity)"'
                ORDER BY r.finished_at DESC LIMIT 1""", this::forecast, seriesId).stream().findFirst();
    }

    /** A forecast with its cumulative demand distribution and the days per period of its series. */
    public record WithDemand(SeriesForecast forecast, CumulativeDemand cumulative, double periodDays) {
    }

    /** The stored form of a {@link CumulativeDemand}: its probabilities travel with it. */
    record StoredCumulative(String method, double[] probabilities, double[] mean, double[][] quantiles) {

        static StoredCumulative of(CumulativeDemand demand) {
            return new StoredCumulative(demand.method(), CumulativeDemand.probabilities(), demand.mean(),
                    demand.quantiles());
        }

        /** The distribution, or null when it was kept at other probabilities than today's. */
        CumulativeDemand demand() {
            return Arrays.equals(probabilities, CumulativeDemand.probabilities())
                    ? new CumulativeDemand(method, mean, quantiles) : null;
        }
    }

    /**
     * The latest forecasts of the series, with their cumulative demand, in one query; a series without a forecast, or
     * whose forecast predates the cumulative demand, is left out.
     */
    public Map<String, WithDemand> latestWithDemand(List<String> seriesIds) {
        Map<String, WithDemand> found = new LinkedHashMap<>();
        jdbc.query("""
                SELECT DISTINCT ON (sf.series_id) sf.*, s.frequency FROM series_forecast sf
                JOIN forecast_run r ON r.id = sf.run_id JOIN series s ON s.id = sf.series_id
                WHERE sf.series_id = ANY(?) AND r.state = 'SUCCEEDED'
                  AND sf.points::text !~ '"-?(NaN|Infinity)"'
                ORDER BY sf.series_id, r.finished_at DESC""", rs -> {
                    String stored = rs.getString("cumulative_demand");
                    CumulativeDemand demand = stored == null ? null
                            : jsonMapper.readValue(stored, StoredCumulative.class).demand();
                    if (demand != null) {
                        found.put(rs.getString("series_id"), new WithDemand(forecast(rs, 0), demand,
                                Frequency.of(rs.getString("frequency")).periodDays()));
                    }
                }, (Object) seriesIds.toArray(String[]::new));
        return found;
    }

    /** The chosen models' backtest MASE in a run, ascending, for its distribution. */
    List<Double> mase(UUID runId) {
        return jdbc.queryForList("SELECT mase FROM series_forecast WHERE run_id = ? AND mase IS NOT NULL ORDER BY mase",
                Double.class, runId);
    }

    Double meanSmape(UUID runId) {
        return jdbc.queryForObject("SELECT avg(smape) FROM series_forecast WHERE run_id = ?", Double.class, runId);
    }

    Map<String, Long> methods(UUID runId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("SELECT method, count(*) AS n FROM series_forecast WHERE run_id = ? GROUP BY method "
                + "ORDER BY n DESC, method", rs -> {
                    counts.put(rs.getString("method"), rs.getLong("n"));
                }, runId);
        return counts;
    }

    private SeriesForecast forecast(ResultSet rs, int row) throws SQLException {
        Double mase = (Double) rs.getObject("mase");
        Double smape = (Double) rs.getObject("smape");
        int origins = rs.getInt("origins");
        ForecastAccuracy accuracy = origins == 0 ? null : new ForecastAccuracy(mase, smape, origins, rs.getInt("horizon"));
        return new SeriesForecast(rs.getString("series_id"), rs.getString("model"),
                jsonMapper.readValue(rs.getString("points"), POINTS), accuracy,
                rs.getTimestamp("created_at").toInstant());
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
