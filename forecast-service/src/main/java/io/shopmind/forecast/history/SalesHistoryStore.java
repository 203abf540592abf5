package io.shopmind.forecast.history;

import io.shopmind.forecast.ForecastProperties;
import io.shopmind.forecast.api.HistoryBatch;
import io.shopmind.forecast.api.HistoryPoint;
import io.shopmind.forecast.api.SeriesPage;
import io.shopmind.forecast.api.SeriesSummary;
import io.shopmind.model.forecast.ForecastAccuracy;
import io.shopmind.model.forecast.SalesHistory;
import io.shopmind.model.forecast.SalesPoint;
import io.shopmind.model.problem.FieldError;
import io.shopmind.servicesupport.problem.InvalidInputException;
import io.shopmind.servicesupport.problem.NotFoundException;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads and writes series and their observations. */
@Component
public class SalesHistoryStore {

    /** The most periods a history query answers in one call. */
    public static final long MAX_QUERY_POINTS = 1_000_000;

    private final JdbcTemplate jdbc;
    private final SeriesRepository seriesRepository;
    private final SalesImporter importer;
    private final ForecastProperties properties;

    public SalesHistoryStore(JdbcTemplate jdbc, SeriesRepository seriesRepository, SalesImporter importer,
            ForecastProperties properties) {
        this.jdbc = jdbc;
        this.seriesRepository = seriesRepository;
        this.importer = importer;
        this.properties = properties;
    }

    public Series series(String seriesId) {
        return seriesRepository.findById(seriesId).orElseThrow(() -> new NotFoundException("No series " + seriesId));
    }

    @Transactional(readOnly = true)
    public SalesHistory history(String seriesId, LocalDate from, LocalDate to) {
        Series series = series(seriesId);
        List<SalesPoint> points = jdbc.query("""
                SELECT ds, y, price, promo FROM observation
                WHERE series_id = ? AND ds >= coalesce(?, '-infinity'::date) AND ds <= coalesce(?, 'infinity'::date)
                ORDER BY ds""", (rs, row) -> new SalesPoint(rs.getObject("ds", LocalDate.class), rs.getDouble("y"),
                rs.getBigDecimal("price"), (Boolean) rs.getObject("promo")), seriesId, from, to);
        return new SalesHistory(seriesId, series.frequency().label(), points);
    }

    /**
     * Many series' histories in one round trip, from {@code from} on (or all), in the order asked; series this
     * service does not hold are left out. More than {@link #MAX_QUERY_POINTS} periods in all is refused, naming the
     * field to narrow.
     */
    @Transactional(readOnly = true)
    public List<SalesHistory> histories(List<String> seriesIds, LocalDate from) {
        String[] ids = seriesIds.stream().distinct().toArray(String[]::new);
        Long points = jdbc.queryForObject("""
                SELECT count(*) FROM observation WHERE series_id = ANY (?) AND ds >= coalesce(?, '-infinity'::date)""",
                Long.class, ids, from);
        if (points != null && points > MAX_QUERY_POINTS) {
            throw new InvalidInputException("The query asks for " + points + " periods of history; at most "
                    + MAX_QUERY_POINTS + " are served in one call.", List.of(new FieldError("seriesIds",
                    "ask for fewer series, or set a later 'from'")));
        }
        Map<String, String> frequencies = new LinkedHashMap<>();
        jdbc.query("SELECT id, frequency FROM series WHERE id = ANY (?)",
                (RowCallbackHandler) rs -> frequencies.put(rs.getString("id"), rs.getString("frequency")), (Object) ids);
        Map<String, List<SalesPoint>> byId = new HashMap<>();
        jdbc.query("""
                SELECT series_id, ds, y, price, promo FROM observation
                WHERE series_id = ANY (?) AND ds >= coalesce(?, '-infinity'::date) ORDER BY series_id, ds""",
                (RowCallbackHandler) rs -> byId.computeIfAbsent(rs.getString("series_id"), id -> new ArrayList<>())
                        .add(new SalesPoint(rs.getObject("ds", LocalDate.class), rs.getDouble("y"),
                                rs.getBigDecimal("price"), (Boolean) rs.getObject("promo"))), ids, from);
        List<SalesHistory> histories = new ArrayList<>();
        for (String id : ids) {
            String frequency = frequencies.get(id);
            if (frequency != null) {
                histories.add(new SalesHistory(id, frequency, byId.getOrDefault(id, List.of())));
            }
        }
        return histories;
    }

    /** The sales of one series as the models read them: oldest first, at most the last {@code limit} periods. */
    public double[] values(String seriesId, int limit) {
        List<Double> values = jdbc.queryForList("""
                SELECT y FROM (SELECT ds, y FROM observation WHERE series_id = ? ORDER BY ds DESC LIMIT ?) recent
                ORDER BY ds""", Double.class, seriesId, limit);
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The sales of one series as the models read them, with their price and promotion flag (NaN where the history
     * has none): oldest first, at most the last {@code limit} periods.
     */
    public RecentSales recent(String seriesId, int limit) {
        List<double[]> rows = jdbc.query("""
                SELECT y, price, promo FROM (SELECT ds, y, price, promo FROM observation WHERE series_id = ?
                                             ORDER BY ds DESC LIMIT ?) recent
                ORDER BY ds""", (rs, row) -> {
            java.math.BigDecimal price = rs.getBigDecimal("price");
            Boolean promo = (Boolean) rs.getObject("promo");
            return new double[] {rs.getDouble("y"), price == null ? Double.NaN : price.doubleValue(),
                    promo == null ? Double.NaN : promo ? 1 : 0};
        }, seriesId, limit);
        double[][] columns = new double[3][rows.size()];
        for (int t = 0; t < rows.size(); t++) {
            for (int j = 0; j < 3; j++) {
                columns[j][t] = rows.get(t)[j];
            }
        }
        return new RecentSales(columns[0], columns[1], columns[2]);
    }

    /**
     * A series' recent history, oldest first.
     *
     * @param y     the sales per period
     * @param price the price per period, NaN where unknown
     * @param promo 1 for a promotion, 0 for none, NaN where unknown
     */
    public record RecentSales(double[] y, double[] price, double[] promo) {
    }

    /** The last date of a series' history, if it has any. */
    public Optional<LocalDate> lastDs(String seriesId) {
        return Optional.ofNullable(jdbc.queryForObject("SELECT max(ds) FROM observation WHERE series_id = ?",
                LocalDate.class, seriesId));
    }

    /** Stores a small batch: the series is created or re-described, the given periods replaced. */
    @Transactional
    public SalesHistory store(String seriesId, HistoryBatch batch) {
        Series series = seriesRepository.findById(seriesId).orElse(null);
        Frequency frequency = batch.frequency() != null ? Frequency.of(batch.frequency())
                : series != null ? series.frequency() : Frequency.DAILY;
        int seasonalPeriod = batch.seasonalPeriod() != null ? batch.seasonalPeriod()
                : series != null && series.frequency() == frequency ? series.seasonalPeriod()
                : properties.seasonFor(frequency);
        if (series == null) {
            seriesRepository.saveAndFlush(new Series(seriesId, frequency, seasonalPeriod));
        } else {
            series.observedAs(frequency, seasonalPeriod);
            seriesRepository.saveAndFlush(series);
        }
        int n = batch.points().size();
        Date[] ds = new Date[n];
        Double[] y = new Double[n];
        BigDecimal[] price = new BigDecimal[n];
        Boolean[] promo = new Boolean[n];
        for (int i = 0; i < n; i++) {
            HistoryPoint point = batch.points().get(i);
            ds[i] = Date.valueOf(point.ds());
            y[i] = point.y();
            price[i] = point.price();
            promo[i] = point.promo();
        }
        // one statement for the whole batch: a JDBC batch of 100,000 rows asked the driver for the type of every
        // null price and promo, a round trip each (HistoryWriteBenchmark); a period given twice keeps its last value
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    INSERT INTO observation AS o (series_id, ds, y, price, promo)
                    SELECT DISTINCT ON (ds) ?, ds, y, price, promo
                    FROM unnest(?::date[], ?::float8[], ?::numeric[], ?::boolean[]) WITH ORDINALITY
                         AS p (ds, y, price, promo, position)
                    ORDER BY ds, position DESC
                    ON CONFLICT (series_id, ds) DO UPDATE SET y = EXCLUDED.y, price = EXCLUDED.price,
                    promo = EXCLUDED.promo""");
            statement.setString(1, seriesId);
            statement.setArray(2, connection.createArrayOf("date", ds));
            statement.setArray(3, connection.createArrayOf("float8", y));
            statement.setArray(4, connection.createArrayOf("numeric", price));
            statement.setArray(5, connection.createArrayOf("bool", promo));
            return statement;
        });
        return history(seriesId, null, null);
    }

    /** Zero sales for the periods missing inside the listed series' history. */
    public long fillMissing(List<String> seriesIds, Frequency frequency) {
        if (seriesIds.isEmpty()) {
            return 0;
        }
        String ids = String.join(",", seriesIds.stream().map(id -> "?").toList());
        return importer.fillMissing("SELECT id FROM series WHERE frequency = '" + frequency.label() + "' AND id IN ("
                + ids + ")", frequency, seriesIds.toArray());
    }

    /** A page of series by id, with the model and accuracy of their latest forecast. */
    @Transactional(readOnly = true)
    public SeriesPage page(int page, int size) {
        long total = jdbc.queryForObject("SELECT count(*) FROM series", Long.class);
        List<SeriesSummary> items = jdbc.query("""
                SELECT s.id, s.frequency, s.seasonal_period, h.observations, h.first_ds, h.last_ds,
                       f.model, f.mase, f.smape, f.origins, f.horizon
                FROM (SELECT * FROM series ORDER BY id LIMIT ? OFFSET ?) s
                LEFT JOIN LATERAL (SELECT count(*) AS observations, min(ds) AS first_ds, max(ds) AS last_ds
                                   FROM observation o WHERE o.series_id = s.id) h ON true
                LEFT JOIN LATERAL (SELECT sf.* FROM series_forecast sf JOIN forecast_run r ON r.id = sf.run_id
                                   WHERE sf.series_id = s.id AND r.state = 'SUCCEEDED'
                                   ORDER BY r.finished_at DESC LIMIT 1) f ON true
                ORDER BY s.id""", SalesHistoryStore::summary, size, (long) page * size);
        return new SeriesPage(items, page, size, total);
    }

    private static SeriesSummary summary(ResultSet rs, int row) throws SQLException {
        String model = rs.getString("model");
        ForecastAccuracy accuracy = model == null ? null : new ForecastAccuracy(
                (Double) rs.getObject("mase"), (Double) rs.getObject("smape"), rs.getInt("origins"), rs.getInt("horizon"));
        return new SeriesSummary(rs.getString("id"), rs.getString("frequency"), rs.getInt("seasonal_period"),
                rs.getLong("observations"), rs.getObject("first_ds", LocalDate.class),
                rs.getObject("last_ds", LocalDate.class), model, accuracy);
    }
}
