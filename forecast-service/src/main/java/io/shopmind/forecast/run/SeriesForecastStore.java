package io.shopmind.forecast.run;

import io.shopmind.forecast.selection.BacktestScore;
import io.shopmind.forecast.selection.Selection;
import io.shopmind.model.forecast.ForecastAccuracy;
import io.shopmind.model.forecast.ForecastPoint;
import io.shopmind.model.forecast.SeriesForecast;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    void save(UUID runId, String seriesId, int horizon, Selection selection, String model, List<ForecastPoint> points) {
        for (ForecastPoint point : points) {
            boolean finite = Double.isFinite(point.mean())
                    && point.intervals().stream().allMatch(i -> Double.isFinite(i.lower()) && Double.isFinite(i.upper()));
            if (!finite) {
                throw new IllegalStateException(model + " forecast a non-finite value for " + point.ds());
            }
        }
        BacktestScore accuracy = selection.accuracy();
        jdbc.update("""
                INSERT INTO series_forecast (run_id, series_id, method, model, mase, smape, origins, horizon,
                                             intermittent, points)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""", runId, seriesId, selection.method(), model,
                accuracy == null ? null : finite(accuracy.mase()), accuracy == null ? null : finite(accuracy.smape()),
                accuracy == null ? 0 : accuracy.origins(), horizon, selection.intermittent(),
                jsonMapper.writeValueAsString(points));
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
