package io.shopmind.forecast.cli;

import io.shopmind.forecast.history.CsvFormatException;
import io.shopmind.forecast.history.LongFormatCsv;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads point forecasts, {@code unique_id,ds,yhat} with a {@code method} (or {@code model}) column when the file
 * holds several methods, as the M3 participants' file and {@code evaluate}'s raw forecasts come. {@code NA} or an
 * empty {@code yhat} is a missing forecast. Each forecast is laid out along its series' held-out {@code ds}.
 */
final class ForecastFile {

    private ForecastFile() {
    }

    /** Per method, per series id, the forecast of each held-out step (NaN where the file has none). */
    static Map<String, Map<String, double[]>> read(BufferedReader reader, Map<String, TimeSeriesCsv.Series> heldOut)
            throws IOException {
        String headerLine = reader.readLine();
        if (headerLine == null) {
            throw new CsvFormatException(1, "header", "the file is empty; expected a header unique_id,ds,yhat[,method]");
        }
        List<String> header = TimeSeriesCsv.fields(headerLine);
        String expected = "unique_id,ds,yhat[,method]";
        int id = TimeSeriesCsv.column(header, "unique_id", expected);
        int ds = TimeSeriesCsv.column(header, "ds", expected);
        int yhat = TimeSeriesCsv.column(header, "yhat", expected);
        int method = header.indexOf("method") >= 0 ? header.indexOf("method") : header.indexOf("model");
        Map<String, Map<String, Integer>> steps = new HashMap<>();
        heldOut.forEach((key, series) -> {
            Map<String, Integer> positions = new HashMap<>();
            for (int h = 0; h < series.ds().size(); h++) {
                positions.put(series.ds().get(h), h);
            }
            steps.put(key, positions);
        });
        Map<String, Map<String, double[]>> forecasts = new LinkedHashMap<>();
        long line = 1;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            List<String> f = TimeSeriesCsv.fields(text);
            if (f.size() != header.size()) {
                throw new CsvFormatException(line, "line", "expected " + header.size() + " columns, found " + f.size());
            }
            Map<String, Integer> positions = steps.get(f.get(id));
            Integer step = positions == null ? null : positions.get(f.get(ds));
            if (step == null) {
                throw new CsvFormatException(line, "ds", "series " + f.get(id) + " holds out no point at ds "
                        + f.get(ds));
            }
            String value = f.get(yhat);
            double forecast = value.isEmpty() || value.equalsIgnoreCase("NA") ? Double.NaN
                    : LongFormatCsv.finiteY(value, line);
            String name = method < 0 ? "forecast" : f.get(method);
            int horizon = heldOut.get(f.get(id)).values().length;
            double[] points = forecasts.computeIfAbsent(name, k -> new LinkedHashMap<>())
                    .computeIfAbsent(f.get(id), k -> nans(horizon));
            points[step] = forecast;
        }
        return forecasts;
    }

    private static double[] nans(int n) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, Double.NaN);
        return v;
    }
}
