package io.shopmind.twin.calibration;

import io.shopmind.twin.simulation.ArmRun;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the twin's sales with real series: trend and seasonal strength of monthly sales (per SKU, per category
 * and for the shop) with the M3 monthly competition set and R's AirPassengers and USAccDeaths, the weekly
 * seasonality of the shop's daily sales, and the Syntetos-Boylan demand patterns of daily SKU sales beside M3's.
 * M3 holds no intermittent series, so its patterns show how much smoother a monthly competition series is than a
 * shop's daily SKU sales; no daily retail set is in the shared data to compare those with.
 */
public final class Calibration {

    private static final List<String> MONTHLY_REFERENCES = List.of("AirPassengers", "USAccDeaths");
    /** Three years: with two, the 2x12 moving average leaves one detrended value per month and a zero remainder. */
    private static final int MONTHS_NEEDED = 36;

    private Calibration() {
    }

    /**
     * @param run        a long run of the twin (two years or more); its units sold per SKU and day are compared
     * @param firstDay   the first day of the run
     * @param categoryOf each SKU's category, by index
     */
    public static CalibrationResult compare(ArmRun run, LocalDate firstDay, String[] categoryOf, Path rDatasets,
            Path m3Monthly) throws IOException {
        List<String> notes = new ArrayList<>();
        Map<String, double[]> references = new LinkedHashMap<>();
        for (String name : MONTHLY_REFERENCES) {
            Path file = rDatasets == null ? null : rDatasets.resolve(name + ".csv");
            if (file == null || !Files.isRegularFile(file)) {
                notes.add(name + ": not found" + (rDatasets == null ? "" : " in " + rDatasets));
                continue;
            }
            ClassicalDecomposition d = ClassicalDecomposition.of(readRSeries(file), 12);
            references.put(name, new double[] {d.trendStrength(), d.seasonalStrength()});
        }
        List<FeatureSummary> distributions = new ArrayList<>();
        Map<String, Map<Intermittency.Pattern, Double>> patterns = new LinkedHashMap<>();
        if (m3Monthly != null && Files.isRegularFile(m3Monthly)) {
            List<double[]> m3 = readLongFormat(m3Monthly);
            addStrengths(distributions, "M3 monthly", m3);
            patterns.put("M3 monthly", patternShares(m3));
        } else {
            notes.add("M3 monthly: not found" + (m3Monthly == null ? "" : " at " + m3Monthly));
        }
        int[][] units = run.unitsSold();
        List<double[]> skuMonthly = new ArrayList<>();
        Map<String, double[]> categoryMonthly = new LinkedHashMap<>();
        double[] shopDaily = new double[units.length == 0 ? 0 : units[0].length];
        List<double[]> skuDaily = new ArrayList<>();
        for (int j = 0; j < units.length; j++) {
            double[] monthly = monthly(units[j], firstDay);
            double[] daily = new double[units[j].length];
            for (int d = 0; d < daily.length; d++) {
                daily[d] = units[j][d];
                shopDaily[d] += units[j][d];
            }
            skuDaily.add(daily);
            if (monthly.length >= MONTHS_NEEDED && sum(monthly) > 0) {
                skuMonthly.add(monthly);
            }
            double[] category = categoryMonthly.computeIfAbsent(categoryOf[j], k -> new double[monthly.length]);
            for (int m = 0; m < monthly.length; m++) {
                category[m] += monthly[m];
            }
        }
        if (skuMonthly.isEmpty()) {
            notes.add("twin: fewer than " + MONTHS_NEEDED + " whole months, no monthly strengths");
        } else {
            addStrengths(distributions, "twin SKUs, monthly", skuMonthly);
            addStrengths(distributions, "twin categories, monthly", new ArrayList<>(categoryMonthly.values()));
            double[] shopMonthly = monthly(toInts(shopDaily), firstDay);
            ClassicalDecomposition shop = ClassicalDecomposition.of(shopMonthly, 12);
            references.put("twin shop, monthly", new double[] {shop.trendStrength(), shop.seasonalStrength()});
        }
        if (shopDaily.length >= 14) {
            ClassicalDecomposition weekly = ClassicalDecomposition.of(shopDaily, 7);
            references.put("twin shop, daily (weekly cycle)",
                    new double[] {weekly.trendStrength(), weekly.seasonalStrength()});
        }
        patterns.put("twin SKUs, daily", patternShares(skuDaily));
        notes.add("strengths: additive classical decomposition (as R's decompose), F = max(0, 1 - Var(R)/Var(C+R))");
        return new CalibrationResult(references, distributions, patterns, notes);
    }

    private static void addStrengths(List<FeatureSummary> out, String name, List<double[]> series) {
        List<Double> trend = new ArrayList<>();
        List<Double> seasonal = new ArrayList<>();
        for (double[] x : series) {
            if (x.length >= MONTHS_NEEDED) {
                ClassicalDecomposition d = ClassicalDecomposition.of(x, 12);
                trend.add(d.trendStrength());
                seasonal.add(d.seasonalStrength());
            }
        }
        out.add(FeatureSummary.of("trend strength", name, trend.stream().mapToDouble(Double::doubleValue).toArray()));
        out.add(FeatureSummary.of("seasonal strength", name,
                seasonal.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    private static Map<Intermittency.Pattern, Double> patternShares(List<double[]> series) {
        Map<Intermittency.Pattern, Double> shares = new EnumMap<>(Intermittency.Pattern.class);
        for (Intermittency.Pattern pattern : Intermittency.Pattern.values()) {
            shares.put(pattern, 0.0);
        }
        for (double[] x : series) {
            shares.merge(Intermittency.of(x).pattern(), 1.0 / series.size(), Double::sum);
        }
        return shares;
    }

    /** Sums of whole calendar months only: a part month at either end would read as a dip. */
    static double[] monthly(int[] daily, LocalDate firstDay) {
        List<Double> months = new ArrayList<>();
        LocalDate day = firstDay;
        int d = 0;
        if (day.getDayOfMonth() != 1) {
            LocalDate next = day.withDayOfMonth(1).plusMonths(1);
            d = (int) java.time.temporal.ChronoUnit.DAYS.between(day, next);
            day = next;
        }
        while (d + day.lengthOfMonth() <= daily.length) {
            double s = 0;
            for (int k = 0; k < day.lengthOfMonth(); k++) {
                s += daily[d + k];
            }
            months.add(s);
            d += day.lengthOfMonth();
            day = day.plusMonths(1);
        }
        return months.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double[] readRSeries(Path file) throws IOException {
        return Files.readAllLines(file).stream().skip(1).map(String::trim).filter(line -> !line.isEmpty())
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(',') + 1))).toArray();
    }

    /** {@code unique_id,ds,y} with each series' rows together, in time order (as the M3 files are). */
    static List<double[]> readLongFormat(Path file) throws IOException {
        List<double[]> series = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            String line = reader.readLine();
            String current = null;
            List<Double> values = new ArrayList<>();
            while ((line = reader.readLine()) != null) {
                String[] cells = line.split(",");
                if (cells.length < 3) {
                    continue;
                }
                if (!cells[0].equals(current)) {
                    if (current != null) {
                        series.add(values.stream().mapToDouble(Double::doubleValue).toArray());
                    }
                    current = cells[0];
                    values = new ArrayList<>();
                }
                values.add(Double.parseDouble(cells[2]));
            }
            if (current != null) {
                series.add(values.stream().mapToDouble(Double::doubleValue).toArray());
            }
        }
        return series;
    }

    private static int[] toInts(double[] x) {
        int[] v = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            v[i] = (int) Math.round(x[i]);
        }
        return v;
    }

    private static double sum(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s;
    }
}
