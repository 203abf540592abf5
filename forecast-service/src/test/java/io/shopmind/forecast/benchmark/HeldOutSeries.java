package io.shopmind.forecast.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One series of {@code src/test/resources/r-datasets/holdout} with the M3 competition's horizon for its category
 * (Makridakis &amp; Hibon 2000, "The M3-Competition: results, conclusions and implications", IJF 16): the last
 * {@code horizon} observations are held out.
 *
 * @param id       the series' name in R
 * @param category yearly, quarterly, monthly or other (not calendar data)
 * @param period   the seasonal period the models are given
 * @param horizon  observations held out
 * @param ds       the time label of every observation
 * @param values   the observations, oldest first
 */
record HeldOutSeries(String id, String category, int period, int horizon, String[] ds, double[] values) {

    /** The categories in the order reported: file name, seasonal period, M3 horizon. */
    enum Category {
        YEARLY(1, 6), QUARTERLY(4, 8), MONTHLY(12, 18), OTHER(1, 8);

        final int period;
        final int horizon;

        Category(int period, int horizon) {
            this.period = period;
            this.horizon = horizon;
        }

        String label() {
            return name().toLowerCase();
        }
    }

    double[] train() {
        return Arrays.copyOf(values, values.length - horizon);
    }

    double[] actual() {
        return Arrays.copyOfRange(values, values.length - horizon, values.length);
    }

    String heldOutDs(int step) {
        return ds[values.length - horizon + step];
    }

    /** Every series of every category, in file order. */
    static List<HeldOutSeries> loadAll() {
        List<HeldOutSeries> all = new ArrayList<>();
        for (Category category : Category.values()) {
            all.addAll(load(category));
        }
        return all;
    }

    /** The long-format {@code unique_id,ds,y} file of one category. */
    static List<HeldOutSeries> load(Category category) {
        String path = "/r-datasets/holdout/" + category.label() + ".csv";
        Map<String, List<String[]>> rows = new LinkedHashMap<>();
        try (InputStream in = HeldOutSeries.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.lines().skip(1).filter(l -> !l.isBlank())
                    .map(l -> l.split(","))
                    .forEach(f -> rows.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<HeldOutSeries> out = new ArrayList<>();
        rows.forEach((id, lines) -> out.add(new HeldOutSeries(id, category.label(), category.period, category.horizon,
                lines.stream().map(f -> f[1]).toArray(String[]::new),
                lines.stream().mapToDouble(f -> Double.parseDouble(f[2])).toArray())));
        return out;
    }
}
