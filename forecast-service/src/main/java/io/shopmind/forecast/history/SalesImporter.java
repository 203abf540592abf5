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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk sales import: the file streams line by line through {@link LongFormatCsv} into a temporary staging table by
 * {@code COPY}, then one statement merges the new and changed rows into the observations, all in one transaction.
 * So a file with a bad line writes nothing, and importing the same file again changes nothing.
 */
@Component
public class SalesImporter {

    private static final Logger log = LoggerFactory.getLogger(SalesImporter.class);
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
        // temporary tables are never WAL-logged; the merge below reads it once
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
        long copied = System.nanoTime();
        // without statistics the planner takes the staging table for a few pages and joins it badly
        jdbc.execute("ANALYZE import_staging");
        jdbc.update("""
                INSERT INTO series (id, frequency, seasonal_period)
                SELECT DISTINCT unique_id, ?, ? FROM import_staging
                ON CONFLICT (id) DO UPDATE SET frequency = EXCLUDED.frequency, seasonal_period = EXCLUDED.seasonal_period
                WHERE (series.frequency, series.seasonal_period)
                      IS DISTINCT FROM (EXCLUDED.frequency, EXCLUDED.seasonal_period)""",
                options.frequency().label(), options.seasonalPeriod());
        long changed = merge();
        long merged = System.nanoTime();
        long filled = options.fillMissing()
                ? fillMissing("SELECT DISTINCT unique_id FROM import_staging", options.frequency())
                : 0;
        long finished = System.nanoTime();
        log.info("Imported {} rows of {} series ({} changed, {} filled): read and copy {} ms, merge {} ms, fill {} ms",
                rows, series.size(), changed, filled, (copied - started) / 1_000_000, (merged - copied) / 1_000_000,
                (finished - merged) / 1_000_000);
        return new ImportReceipt(rows, series.size(), changed, filled, (finished - started) / 1_000_000);
    }

    /**
     * Writes the staged rows that are new or differ from what is stored; an empty price or promo keeps what is
     * stored (e.g. prices learnt from orders). One join finds them, then new rows go in by a plain insert and
     * changed ones are updated: {@code INSERT ... ON CONFLICT} would cost three times as much, because it inserts
     * each row speculatively and locks (so rewrites) every existing row it meets, changed or not. Should another
     * writer store one of the new periods meanwhile, the plain insert fails on the key and the merge is redone
     * with {@code ON CONFLICT}.
     *
     * @return rows inserted or updated
     */
    private long merge() {
        jdbc.execute("SAVEPOINT merge");
        try {
            Long changed = jdbc.queryForObject("""
                    WITH difference AS MATERIALIZED (
                        SELECT s.unique_id, s.ds, s.y, s.price, s.promo, old.series_id IS NULL AS new_period
                        FROM import_staging s LEFT JOIN observation old ON old.series_id = s.unique_id AND old.ds = s.ds
                        WHERE old.series_id IS NULL
                           OR (old.y, old.price, old.promo)
                              IS DISTINCT FROM (s.y, coalesce(s.price, old.price), coalesce(s.promo, old.promo))),
                    updated AS (
                        UPDATE observation o
                        SET y = d.y, price = coalesce(d.price, o.price), promo = coalesce(d.promo, o.promo)
                        FROM difference d
                        WHERE NOT d.new_period AND o.series_id = d.unique_id AND o.ds = d.ds
                        RETURNING 1),
                    inserted AS (
                        INSERT INTO observation (series_id, ds, y, price, promo)
                        SELECT unique_id, ds, y, price, promo FROM difference WHERE new_period
                        RETURNING 1)
                    SELECT (SELECT count(*) FROM updated) + (SELECT count(*) FROM inserted)""", Long.class);
            jdbc.execute("RELEASE SAVEPOINT merge");
            return changed;
        } catch (DuplicateKeyException concurrentlyStored) {
            jdbc.execute("ROLLBACK TO SAVEPOINT merge");
            return jdbc.update("""
                    INSERT INTO observation AS o (series_id, ds, y, price, promo)
                    SELECT unique_id, ds, y, price, promo FROM import_staging
                    ON CONFLICT (series_id, ds) DO UPDATE
                    SET y = EXCLUDED.y, price = coalesce(EXCLUDED.price, o.price), promo = coalesce(EXCLUDED.promo, o.promo)
                    WHERE (o.y, o.price, o.promo)
                          IS DISTINCT FROM (EXCLUDED.y, coalesce(EXCLUDED.price, o.price), coalesce(EXCLUDED.promo, o.promo))""");
        }
    }

    /**
     * Stores zero sales for the periods missing between each listed series' first and last observation. A daily
     * series with as many observations as days in its span has no gap, so only the others are walked day by day.
     */
    long fillMissing(String seriesQuery, Frequency frequency, Object... args) {
        String withGaps = frequency == Frequency.DAILY ? "HAVING count(*) < max(ds) - min(ds) + 1" : "";
        return jdbc.update("""
                INSERT INTO observation (series_id, ds, y)
                SELECT r.series_id, g.ds::date, 0
                FROM (SELECT series_id, min(ds) AS first_ds, max(ds) AS last_ds FROM observation
                      WHERE series_id IN (%s) GROUP BY series_id %s) r,
                     generate_series(r.first_ds, r.last_ds, interval '%s') AS g(ds)
                ON CONFLICT (series_id, ds) DO NOTHING""".formatted(seriesQuery, withGaps, frequency.sqlInterval()),
                args);
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
