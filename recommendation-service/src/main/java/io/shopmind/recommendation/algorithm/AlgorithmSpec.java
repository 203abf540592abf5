package io.shopmind.recommendation.algorithm;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An algorithm and the settings given for it, in the one syntax the API and the command line share: the API sends
 * {@code {"algorithm": "ease", "params": {"lambda": 250}}}, the command line {@code ease(lambda=250)}, and both name
 * the same parameters with the same bounds. {@link #toString()} prints the command-line form, which the command
 * line reads back.
 *
 * @param algorithm the algorithm's name
 * @param params    the given settings by name, values as text
 */
public record AlgorithmSpec(String algorithm, SortedMap<String, String> params) {

    public AlgorithmSpec {
        if (algorithm == null || algorithm.isBlank()) {
            throw new IllegalArgumentException("algorithm: must not be empty");
        }
        algorithm = algorithm.trim();
        params = new TreeMap<>(params);
    }

    /** The spec of the API's JSON form: parameter values as the JSON numbers or strings they are. */
    public static AlgorithmSpec of(String algorithm, Map<String, ?> params) {
        TreeMap<String, String> text = new TreeMap<>();
        if (params != null) {
            params.forEach((name, value) -> text.put(name, value == null ? null : value.toString()));
        }
        return new AlgorithmSpec(algorithm, text);
    }

    /** Reads the command-line form {@code name} or {@code name(param=value,...)}. */
    public static AlgorithmSpec parse(String text) {
        String spec = text.trim();
        int open = spec.indexOf('(');
        if (open < 0) {
            return new AlgorithmSpec(spec, new TreeMap<>());
        }
        if (!spec.endsWith(")")) {
            throw new IllegalArgumentException("algorithms: expected name(param=value,...), was '" + text + "'");
        }
        TreeMap<String, String> params = new TreeMap<>();
        String inside = spec.substring(open + 1, spec.length() - 1).trim();
        if (!inside.isEmpty()) {
            for (String setting : inside.split(",")) {
                int eq = setting.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("algorithms: expected param=value in '" + text + "'");
                }
                params.put(setting.substring(0, eq).trim(), setting.substring(eq + 1).trim());
            }
        }
        return new AlgorithmSpec(spec.substring(0, open), params);
    }

    /** The same algorithm with {@code more} settings on top of these. */
    public AlgorithmSpec with(Map<String, String> more) {
        TreeMap<String, String> all = new TreeMap<>(params);
        all.putAll(more);
        return new AlgorithmSpec(algorithm, all);
    }

    /** The settings as {@code param=value,...}, empty when none. */
    public String parameters() {
        StringBuilder out = new StringBuilder();
        params.forEach((name, value) -> out.append(out.length() == 0 ? "" : ",").append(name).append('=').append(value));
        return out.toString();
    }

    @Override
    public String toString() {
        return params.isEmpty() ? algorithm : algorithm + "(" + parameters() + ")";
    }
}
