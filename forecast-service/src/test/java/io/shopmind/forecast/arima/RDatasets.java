package io.shopmind.forecast.arima;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the R datasets copied to {@code src/test/resources/r-datasets} ({@code time,value} CSV). */
final class RDatasets {

    private RDatasets() {
    }

    static double[] load(String name) {
        String path = "/r-datasets/" + name + ".csv";
        try (InputStream in = RDatasets.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Double> values = new ArrayList<>();
            String line = reader.readLine();
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    values.add(Double.parseDouble(line.substring(line.indexOf(',') + 1).trim()));
                }
            }
            return values.stream().mapToDouble(Double::doubleValue).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
