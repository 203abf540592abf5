package io.shopmind.pricing.elasticity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The regression's columns for one SKU: the response (log units, or units for the GLM), log price in column 1, then
 * the controls the history can carry.
 */
final class Design {

    final double[][] matrix;
    final String[] names;
    /** The others' log price's row in Smile's coefficient tests (the intercept takes the response's place), or -1. */
    final int crossColumn;
    private final List<String> controls = new ArrayList<>();

    Design(SkuSales sales, List<Integer> rows, double[] logPrice, double[] crossLogPrice, double minSd,
            boolean counts) {
        int n = rows.size();
        int first = sales.day()[rows.get(0)];
        int last = sales.day()[rows.get(n - 1)];
        int span = last - first + 1;
        boolean daily = span <= 2 * n;
        List<String> columnNames = new ArrayList<>(List.of("y", "logp"));
        List<double[]> columns = new ArrayList<>();
        double[] y = new double[n];
        for (int r = 0; r < n; r++) {
            double units = sales.units()[rows.get(r)];
            y[r] = counts ? units : Math.log(units);
        }
        columns.add(y);
        columns.add(logPrice);
        if (span >= 28) {
            double[] trend = new double[n];
            for (int r = 0; r < n; r++) {
                trend[r] = (sales.day()[rows.get(r)] - first) / 365.25;
            }
            add(columnNames, columns, "trend", trend);
            controls.add("trend");
        }
        if (daily && span >= 14) {
            for (int d = 1; d < 7; d++) {
                double[] weekday = new double[n];
                for (int r = 0; r < n; r++) {
                    DayOfWeek dow = LocalDate.ofEpochDay(sales.day()[rows.get(r)]).getDayOfWeek();
                    weekday[r] = dow.getValue() == d ? 1 : 0;
                }
                add(columnNames, columns, "dow" + d, weekday);
            }
            controls.add("weekday");
        }
        if (span >= 365) {
            double[] sin = new double[n];
            double[] cos = new double[n];
            for (int r = 0; r < n; r++) {
                double angle = 2 * Math.PI * sales.day()[rows.get(r)] / 365.25;
                sin[r] = Math.sin(angle);
                cos[r] = Math.cos(angle);
            }
            add(columnNames, columns, "year_sin", sin);
            add(columnNames, columns, "year_cos", cos);
            controls.add("yearly");
        }
        if (sales.promo() != null) {
            double[] promo = new double[n];
            double on = 0;
            for (int r = 0; r < n; r++) {
                promo[r] = sales.promo()[rows.get(r)] ? 1 : 0;
                on += promo[r];
            }
            if (on > 0 && on < n) {
                add(columnNames, columns, "promo", promo);
                controls.add("promo");
            }
        }
        int cross = -1;
        if (crossLogPrice != null) {
            double[] others = new double[n];
            for (int r = 0; r < n; r++) {
                others[r] = crossLogPrice[rows.get(r)];
            }
            if (ElasticityEstimator.sd(others) >= minSd) {
                add(columnNames, columns, "cross", others);
                cross = columnNames.size() - 1;
                controls.add("category prices");
            }
        }
        this.crossColumn = cross;
        this.names = columnNames.toArray(String[]::new);
        this.matrix = new double[n][names.length];
        for (int c = 0; c < names.length; c++) {
            double[] column = columns.get(c);
            for (int r = 0; r < n; r++) {
                matrix[r][c] = column[r];
            }
        }
    }

    private static void add(List<String> names, List<double[]> columns, String name, double[] column) {
        names.add(name);
        columns.add(column);
    }

    String controls() {
        return controls.isEmpty() ? "none" : String.join(", ", controls);
    }
}
