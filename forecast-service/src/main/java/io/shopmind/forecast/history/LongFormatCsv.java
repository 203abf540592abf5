package io.shopmind.forecast.history;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads sales in the long format {@code unique_id,ds,y[,price][,promo]} (the layout of Nixtla's and the M5's
 * tooling) one line at a time, so a file of any size streams through. Columns are found by the header's names, in
 * any order. Each line is checked as it is read: a missing or extra column, a bad ISO date, a y that is not a
 * non-negative number, a bad price or promo flag, or a (unique_id, ds) pair seen before in the file stops the read
 * with a {@link CsvFormatException} naming the line. Remembering the pairs costs one bit per series and day.
 */
public final class LongFormatCsv implements AutoCloseable {

    private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2999, 12, 31);

    private final BufferedReader reader;
    private final int uniqueIdColumn;
    private final int dsColumn;
    private final int yColumn;
    private final int priceColumn;
    private final int promoColumn;
    private final int columns;
    private final List<String> header;
    private final Map<String, BitSet> seen = new HashMap<>();
    private final List<String> fields = new ArrayList<>();
    private long line = 1;

    public LongFormatCsv(Reader in) throws IOException {
        this.reader = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in, 1 << 16);
        String header = reader.readLine();
        if (header == null || header.isBlank()) {
            throw new CsvFormatException(1, "header", "the file is empty; expected a header unique_id,ds,y[,price][,promo]");
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        List<String> names = new ArrayList<>();
        split(header, names);
        names.replaceAll(name -> name.trim().toLowerCase(Locale.ROOT));
        this.columns = names.size();
        this.header = List.copyOf(names);
        this.uniqueIdColumn = required(names, "unique_id");
        this.dsColumn = required(names, "ds");
        this.yColumn = required(names, "y");
        this.priceColumn = names.indexOf("price");
        this.promoColumn = names.indexOf("promo");
    }

    private static int required(List<String> names, String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new CsvFormatException(1, name, "the header has no column '" + name
                    + "'; expected unique_id,ds,y[,price][,promo]");
        }
        return index;
    }

    /** Whether the file has a price column. */
    public boolean hasPrice() {
        return priceColumn >= 0;
    }

    /** Whether the file has a promo column. */
    public boolean hasPromo() {
        return promoColumn >= 0;
    }

    /** The next line, or null at the end of the file; blank lines are skipped. */
    public SalesRow next() throws IOException {
        String text;
        do {
            text = reader.readLine();
            line++;
            if (text == null) {
                return null;
            }
        } while (text.isBlank());
        fields.clear();
        split(text, fields);
        if (fields.size() < columns) {
            String missing = header.get(fields.size());
            throw new CsvFormatException(line, missing, "column '" + missing + "' is missing: expected " + columns
                    + " columns, found " + fields.size());
        }
        if (fields.size() > columns) {
            throw new CsvFormatException(line, "line", "expected " + columns + " columns, found " + fields.size());
        }
        String uniqueId = fields.get(uniqueIdColumn).trim();
        if (uniqueId.isEmpty()) {
            throw new CsvFormatException(line, "unique_id", "unique_id is empty");
        }
        if (uniqueId.length() > 200) {
            throw new CsvFormatException(line, "unique_id", "unique_id is longer than 200 characters");
        }
        LocalDate ds = date(fields.get(dsColumn).trim());
        double y = sales(fields.get(yColumn).trim());
        String price = priceColumn < 0 ? null : price(fields.get(priceColumn).trim());
        Boolean promo = promoColumn < 0 ? null : promo(fields.get(promoColumn).trim());
        BitSet days = seen.computeIfAbsent(uniqueId, id -> new BitSet());
        int day = (int) (ds.toEpochDay() - FIRST_DAY.toEpochDay());
        if (days.get(day)) {
            throw new CsvFormatException(line, "ds", "duplicate of an earlier line for unique_id '" + uniqueId
                    + "' and ds " + ds);
        }
        days.set(day);
        return new SalesRow(line, uniqueId, ds, y, price, promo);
    }

    private LocalDate date(String text) {
        LocalDate ds;
        try {
            ds = isPlainIsoDate(text) ? LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10))
                    : LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new CsvFormatException(line, "ds", "ds '" + text + "' is not a date like 2024-01-31");
        }
        if (ds.isBefore(FIRST_DAY) || ds.isAfter(LAST_DAY)) {
            throw new CsvFormatException(line, "ds", "ds " + ds + " lies outside 1900-01-01..2999-12-31");
        }
        return ds;
    }

    /** {@code yyyy-mm-dd} in ASCII digits, read directly: the formatter costs as much as the rest of a line. */
    private static boolean isPlainIsoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    private double sales(String text) {
        double y = finiteY(text, line);
        if (y < 0) {
            throw new CsvFormatException(line, "y", "y must not be negative, got " + text);
        }
        return y;
    }

    /** The {@code y} of a line as a finite number, or a problem naming the line. */
    public static double finiteY(String text, long line) {
        double y;
        try {
            y = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new CsvFormatException(line, "y", "y '" + text + "' is not a number");
        }
        if (!Double.isFinite(y)) {
            throw new CsvFormatException(line, "y", "y '" + text + "' is not a finite number");
        }
        return y;
    }

    private String price(String text) {
        if (text.isEmpty()) {
            return null;
        }
        int point = text.indexOf('.');
        int integerDigits = point < 0 ? text.length() : point;
        boolean digitsOnly = integerDigits + (point < 0 ? 0 : text.length() - point - 1) > 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            digitsOnly &= (c >= '0' && c <= '9') || i == point;
        }
        if (!digitsOnly) {
            throw new CsvFormatException(line, "price", "price '" + text + "' is not a non-negative decimal like 12.99");
        }
        if (integerDigits > 15) {
            throw new CsvFormatException(line, "price", "price " + text + " is too large");
        }
        return text;
    }

    private Boolean promo(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "" -> null;
            case "1", "true", "t", "yes" -> Boolean.TRUE;
            case "0", "false", "f", "no" -> Boolean.FALSE;
            default -> throw new CsvFormatException(line, "promo", "promo must be true/false or 1/0, got '" + text + "'");
        };
    }

    /** Splits one line on commas; a field in double quotes may hold commas and doubled quotes. */
    public static void split(String text, List<String> out) {
        if (text.indexOf('"') < 0) {
            int start = 0;
            for (int i = text.indexOf(','); i >= 0; i = text.indexOf(',', start)) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
            out.add(text.substring(start));
            return;
        }
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
