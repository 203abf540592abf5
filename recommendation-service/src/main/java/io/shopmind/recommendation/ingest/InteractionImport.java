package io.shopmind.recommendation.ingest;

import io.shopmind.recommendation.interaction.InteractionCsvReader;
import io.shopmind.recommendation.interaction.InteractionFileReader;
import io.shopmind.recommendation.interaction.InteractionFormatException;
import io.shopmind.recommendation.interaction.InteractionSink;
import io.shopmind.recommendation.interaction.MovieLensReader;
import io.shopmind.servicesupport.http.Text;
import io.shopmind.servicesupport.problem.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of an interaction file in one transaction: lines are parsed as they arrive and streamed with COPY
 * into a temporary table, then merged into {@code interaction} on the natural key, so a file imported twice adds
 * nothing the second time. A bad line rolls the whole file back and is reported with its number.
 */
@Service
public class InteractionImport {

    /** The file layouts an import accepts. */
    public enum Format { CSV, MOVIELENS }

    /**
     * @param lines        interactions read from the file
     * @param imported     interactions new to the service
     * @param alreadyKnown interactions the service already had
     */
    public record Receipt(String format, long lines, long imported, long alreadyKnown) {
    }

    private static final int BUFFER = 1 << 16;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final InteractionProperties properties;
    private final List<InteractionListener> listeners;

    public InteractionImport(DataSource dataSource, JdbcTemplate jdbc, InteractionProperties properties,
            List<InteractionListener> listeners) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.properties = properties;
        this.listeners = List.copyOf(listeners);
    }

    @Transactional
    public Receipt importFile(Format format, InputStream body) throws IOException {
        jdbc.execute("""
                CREATE TEMPORARY TABLE interaction_import (customer_id text, sku text, kind text, weight real,
                    occurred_at timestamptz) ON COMMIT DROP""");
        Connection connection = DataSourceUtils.getConnection(dataSource);
        long read;
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY interaction_import FROM STDIN (FORMAT csv)");
            try {
                read = stream(format, new InputStreamReader(body, StandardCharsets.UTF_8), copy);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Copying the import into the database failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        int imported = jdbc.update("""
                INSERT INTO interaction (customer_id, sku, kind, weight, occurred_at)
                SELECT customer_id, sku, kind, weight, occurred_at FROM interaction_import
                ON CONFLICT %s DO NOTHING""".formatted(InteractionStore.NATURAL_KEY));
        listeners.forEach(InteractionListener::imported);
        return new Receipt(format.name().toLowerCase(), read, imported, read - imported);
    }

    private long stream(Format format, Reader reader, CopyIn copy) throws IOException {
        StringBuilder rows = new StringBuilder(BUFFER + 1024);
        long[] count = {0};
        try {
            InteractionSink sink = (line, user, item, type, weight, timestamp) -> {
                checkRow(line, user, item, weight, timestamp);
                quoted(rows, user).append(',');
                quoted(rows, item).append(',');
                quoted(rows, InteractionKind.of(type)).append(',');
                rows.append((float) weight).append(',').append(Instant.ofEpochSecond(timestamp)).append('\n');
                count[0]++;
                if (rows.length() >= BUFFER) {
                    write(copy, rows);
                }
            };
            InteractionFileReader fileReader = format == Format.CSV
                    ? new InteractionCsvReader(properties.eventWeights()) : new MovieLensReader();
            fileReader.read(reader, sink);
        } catch (InteractionFormatException e) {
            throw InvalidInputException.atLine(e.lineNumber(), "body", e.getMessage().replaceFirst("^line \\d+: ", ""));
        }
        write(copy, rows);
        return count[0];
    }

    /** Longest shopper id or SKU an import may carry. */
    static final int MAX_ID = 128;
    /** The largest weight a line may carry; a larger one would dominate (or overflow) every model trained on it. */
    static final double MAX_WEIGHT = 1e6;
    private static final long LATEST_TIMESTAMP = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();

    private static void checkRow(long line, String user, String item, double weight, long timestamp) {
        checkId(line, "user_id", user);
        checkId(line, "item_id", item);
        if (!(weight > 0 && weight <= MAX_WEIGHT)) {
            throw new InteractionFormatException(line, "value × event weight must be in (0, " + (long) MAX_WEIGHT
                    + "], was " + weight);
        }
        if (timestamp < 0 || timestamp >= LATEST_TIMESTAMP) {
            throw new InteractionFormatException(line, "timestamp must be between 1970 and 2200");
        }
    }

    private static void checkId(long line, String field, String value) {
        if (value.length() > MAX_ID) {
            throw new InteractionFormatException(line, field + " is longer than " + MAX_ID + " characters");
        }
        String problem = Text.problemWith(value);
        if (problem != null) {
            throw new InteractionFormatException(line, field + " " + problem);
        }
    }

    private static StringBuilder quoted(StringBuilder out, String value) {
        return out.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    private static void write(CopyIn copy, StringBuilder rows) {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException("Copying the import into the database failed", e);
        }
        rows.setLength(0);
    }
}
