package io.shopmind.forecast.history;

import io.shopmind.forecast.api.ImportReceipt;
import io.shopmind.servicesupport.problem.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk sales import: the file streams line by line through {@link LongFormatCsv} into a temporary staging table by
 * {@code COPY}, then one {@code INSERT ... ON CONFLICT DO UPDATE} merges it into the observations, all in one
 * transaction. So a file with a bad line writes nothing, and importing the same file again changes nothing.
 */
@Component
public class SalesImporter {

    private static final int BUFFER_BYTES = 1 << 16;

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    public SalesImporter(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @Transactional
    public ImportReceipt importCsv(InputStream body, ImportOptions options) {
        long started = System.nanoTime();
        jdbc.execute("""
                CREATE TEMPORARY TABLE import_staging (
                    unique_id text NOT NULL, ds date NOT NULL, y double precision NOT NULL,
                    price numeric(19, 4), promo boolean) ON COMMIT DROP""");
        long rows;
        Set<String> series = new HashSet<>();
        try (LongFormatCsv csv = new LongFormatCsv(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            rows = copy(csv, series);
        } catch (CsvFormatException e) {
            throw InvalidInputException.atLine(e.line(), e.field(), e.reason());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows == 0) {
            return new ImportReceipt(0, 0, 0, 0, (System.nanoTime() - started) / 1_000_000);
        }
        jdbc.update("""
                INSERT INTO series (id, frequency, seasonal_period)
                SELECT DISTINCT unique_id, ?, ? FROM import_staging
                ON CONFLICT (id) DO UPDATE SET frequency = EXCLUDED.frequency, seasonal_period = EXCLUDED.seasonal_period
                WHERE (series.frequency, series.seasonal_period)
                      IS DISTINCT FROM (EXCLUDED.frequency, EXCLUDED.seasonal_period)""",
                options.frequency().label(), options.seasonalPeriod());
        // an empty price or promo keeps what is stored (e.g. prices learnt from orders)
        long changed = jdbc.update("""
                INSERT INTO observation AS o (series_id, ds, y, price, promo)
                SELECT unique_id, ds, y, price, promo FROM import_staging
                ON CONFLICT (series_id, ds) DO UPDATE
                SET y = EXCLUDED.y, price = coalesce(EXCLUDED.price, o.price), promo = coalesce(EXCLUDED.promo, o.promo)
                WHERE (o.y, o.price, o.promo)
                      IS DISTINCT FROM (EXCLUDED.y, coalesce(EXCLUDED.price, o.price), coalesce(EXCLUDED.promo, o.promo))""");
        long filled = options.fillMissing()
                ? fillMissing("SELECT DISTINCT unique_id FROM import_staging", options.frequency())
                : 0;
        return new ImportReceipt(rows, series.size(), changed, filled, (System.nanoTime() - started) / 1_000_000);
    }

    /** Stores zero sales for the periods missing between each listed series' first and last observation. */
    long fillMissing(String seriesQuery, Frequency frequency, Object... args) {
        return jdbc.update("""
                INSERT INTO observation (series_id, ds, y)
                SELECT r.series_id, g.ds::date, 0
                FROM (SELECT series_id, min(ds) AS first_ds, max(ds) AS last_ds FROM observation
                      WHERE series_id IN (%s) GROUP BY series_id) r,
                     generate_series(r.first_ds, r.last_ds, interval '%s') AS g(ds)
                ON CONFLICT (series_id, ds) DO NOTHING""".formatted(seriesQuery, frequency.sqlInterval()), args);
    }

    private long copy(LongFormatCsv csv, Set<String> series) throws IOException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY import_staging (unique_id, ds, y, price, promo) FROM STDIN");
            try {
                long rows = 0;
                StringBuilder buffer = new StringBuilder(BUFFER_BYTES + 1024);
                for (SalesRow row = csv.next(); row != null; row = csv.next()) {
                    appendText(buffer, row.uniqueId()).append('\t').append(row.ds()).append('\t').append(row.y())
                            .append('\t').append(row.price() == null ? "\\N" : row.price())
                            .append('\t').append(row.promo() == null ? "\\N" : row.promo() ? "t" : "f").append('\n');
                    series.add(row.uniqueId());
                    rows++;
                    if (buffer.length() >= BUFFER_BYTES) {
                        write(copy, buffer);
                    }
                }
                write(copy, buffer);
                copy.endCopy();
                return rows;
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into the staging table failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void write(CopyIn copy, StringBuilder buffer) throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    /** COPY's text format: backslash, tab and line breaks are escaped. */
    private static StringBuilder appendText(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out;
    }
}
