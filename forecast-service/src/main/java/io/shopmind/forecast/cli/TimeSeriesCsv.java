package io.shopmind.forecast.cli;

import io.shopmind.forecast.history.CsvFormatException;
import io.shopmind.forecast.history.LongFormatCsv;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command line's reader of any long-format series file, not only sales: columns {@code unique_id}, {@code ds} and
 * {@code y} found by their header names (other columns, such as a pandas index, are ignored), values any finite
 * number. {@code ds} is a date ({@code 2024-01-31}), a date and time ({@code 2024-01-31 13:00[:00]}, also with
 * {@code T}) or an integer time index ({@code 1, 2, 3, ...}, as the M4 competition's series come), one kind per
 * file. Each series is sorted by {@code ds}; a malformed line or a repeated {@code ds} stops the read naming the line.
 */
final class TimeSeriesCsv {

    /** How a file writes its time. */
    enum TimeKind {
        INDEX, DATE, DATE_TIME
    }

    /** One series in time order: its points' {@code ds} as written and their values. */
    record Series(String id, List<String> ds, double[] values) {
    }

    record Contents(List<Series> series, TimeKind kind) {

        /** The {@code ds} of the point {@code steps} after the series' last one, for kinds that need no calendar. */
        String after(Series series, int steps) {
            List<String> ds = series.ds();
            String last = ds.get(ds.size() - 1);
            if (kind == TimeKind.INDEX) {
                return Long.toString(Long.parseLong(last) + steps);
            }
            LocalDateTime end = dateTime(last);
            Duration step = ds.size() < 2 ? Duration.ofHours(1) : Duration.between(dateTime(ds.get(ds.size() - 2)), end);
            return end.plus(step.multipliedBy(steps)).toString().replace('T', ' ');
        }
    }

    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .toFormatter(Locale.ROOT);

    private record Point(long line, Comparable<?> time, String ds, double y) {
    }

    private TimeSeriesCsv() {
    }

    static Contents read(BufferedReader reader) throws IOException {
        String headerLine = reader.readLine();
        if (headerLine == null) {
            throw new CsvFormatException(1, "header", "the file is empty; expected a header unique_id,ds,y");
        }
        List<String> header = fields(headerLine);
        int idColumn = column(header, "unique_id");
        int dsColumn = column(header, "ds");
        int yColumn = column(header, "y");
        Map<String, List<Point>> byId = new LinkedHashMap<>();
        TimeKind kind = null;
        long line = 1;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            List<String> fields = fields(text);
            if (fields.size() != header.size()) {
                throw new CsvFormatException(line, "line", "expected " + header.size() + " columns, found "
                        + fields.size());
            }
            String id = fields.get(idColumn);
            if (id.isEmpty()) {
                throw new CsvFormatException(line, "unique_id", "unique_id must not be empty");
            }
            String ds = fields.get(dsColumn);
            TimeKind pointKind = kindOf(ds);
            if (pointKind == null) {
                throw new CsvFormatException(line, "ds", "ds '" + ds
                        + "' is neither a date (2024-01-31), a date and time (2024-01-31 13:00) nor an integer");
            }
            if (kind != null && pointKind != kind) {
                throw new CsvFormatException(line, "ds", "ds '" + ds + "' is a " + label(pointKind)
                        + " but earlier lines hold a " + label(kind));
            }
            kind = pointKind;
            byId.computeIfAbsent(id, k -> new ArrayList<>()).add(new Point(line, time(ds, kind, line), ds,
                    LongFormatCsv.finiteY(fields.get(yColumn), line)));
        }
        if (byId.isEmpty()) {
            throw new CsvFormatException(line, "body", "the file holds no data lines");
        }
        List<Series> series = new ArrayList<>(byId.size());
        for (Map.Entry<String, List<Point>> entry : byId.entrySet()) {
            series.add(sorted(entry.getKey(), entry.getValue()));
        }
        return new Contents(series, kind);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Series sorted(String id, List<Point> points) {
        points.sort(Comparator.comparing(p -> (Comparable) p.time()));
        double[] values = new double[points.size()];
        List<String> ds = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            if (i > 0 && ((Comparable) point.time()).compareTo(points.get(i - 1).time()) == 0) {
                throw new CsvFormatException(point.line(), "ds", "series " + id + " has ds " + point.ds()
                        + " twice (also on line " + points.get(i - 1).line() + ")");
            }
            values[i] = point.y();
            ds.add(point.ds());
        }
        return new Series(id, List.copyOf(ds), values);
    }

    private static TimeKind kindOf(String ds) {
        if (!ds.isEmpty() && ds.chars().allMatch(c -> c >= '0' && c <= '9' || c == '-') && ds.lastIndexOf('-') <= 0) {
            return TimeKind.INDEX;
        }
        if (ds.length() == 10) {
            return TimeKind.DATE;
        }
        return ds.length() > 10 ? TimeKind.DATE_TIME : null;
    }

    private static Comparable<?> time(String ds, TimeKind kind, long line) {
        try {
            return switch (kind) {
                case INDEX -> Long.parseLong(ds);
                case DATE -> LocalDate.parse(ds);
                case DATE_TIME -> dateTime(ds);
            };
        } catch (NumberFormatException | DateTimeException e) {
            throw new CsvFormatException(line, "ds", "ds '" + ds + "' is not a valid " + label(kind));
        }
    }

    private static LocalDateTime dateTime(String ds) {
        return LocalDateTime.parse(ds, DATE_TIME);
    }

    private static String label(TimeKind kind) {
        return switch (kind) {
            case INDEX -> "time index";
            case DATE -> "date";
            case DATE_TIME -> "date and time";
        };
    }

    private static int column(List<String> header, String name) {
        return column(header, name, "unique_id,ds,y");
    }

    /** The position of {@code name} in the header, or a problem on line 1 naming the header {@code expected}. */
    static int column(List<String> header, String name, String expected) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new CsvFormatException(1, "header", "no column '" + name + "' in the header " + header
                    + "; expected " + expected);
        }
        return index;
    }

    /** The comma-separated fields of a line (double quotes as {@link LongFormatCsv} reads them), trimmed. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        LongFormatCsv.split(line, fields);
        fields.replaceAll(String::trim);
        return fields;
    }
}
