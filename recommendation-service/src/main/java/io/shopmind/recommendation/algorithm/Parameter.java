package io.shopmind.recommendation.algorithm;

import java.math.BigDecimal;
import java.util.List;

/**
 * One setting of an algorithm: a number (whole or not) within bounds, or one of a few words, with its default.
 *
 * @param name         as the API's {@code params} and the command line's {@code name(...)} spell it
 * @param kind         what values it takes
 * @param defaultValue the value when not given; null when absent means "off" (e.g. no popularity decay)
 * @param lower        smallest allowed number
 * @param lowerOpen    whether {@code lower} itself is excluded
 * @param upper        largest allowed number
 * @param choices      the words a {@link Kind#CHOICE} takes
 * @param meaning      one line for the help text
 */
public record Parameter(String name, Kind kind, String defaultValue, double lower, boolean lowerOpen, double upper,
        List<String> choices, String meaning) {

    /** What values a parameter takes. */
    public enum Kind { INTEGER, NUMBER, CHOICE }

    public Parameter {
        choices = List.copyOf(choices);
    }

    static Parameter integer(String name, long defaultValue, long lower, long upper, String meaning) {
        return new Parameter(name, Kind.INTEGER, Long.toString(defaultValue), lower, false, upper, List.of(), meaning);
    }

    /** A positive number: {@code (0, upper]}. */
    static Parameter positive(String name, double defaultValue, double upper, String meaning) {
        return new Parameter(name, Kind.NUMBER, format(defaultValue), 0, true, upper, List.of(), meaning);
    }

    static Parameter number(String name, double defaultValue, double lower, double upper, String meaning) {
        return new Parameter(name, Kind.NUMBER, format(defaultValue), lower, false, upper, List.of(), meaning);
    }

    /** A positive number that is off unless given. */
    static Parameter optional(String name, double upper, String meaning) {
        return new Parameter(name, Kind.NUMBER, null, 0, true, upper, List.of(), meaning);
    }

    static Parameter choice(String name, String defaultValue, List<String> choices, String meaning) {
        return new Parameter(name, Kind.CHOICE, defaultValue, 0, false, 0, choices, meaning);
    }

    /**
     * The value in its canonical spelling; throws IllegalArgumentException naming {@code params.<name>} when it is not
     * allowed.
     */
    String check(String value) {
        String field = "params." + name;
        String text = value == null ? "" : value.trim();
        if (kind == Kind.CHOICE) {
            if (!choices.contains(text)) {
                throw new IllegalArgumentException(field + ": must be one of " + choices + ", was '" + value + "'");
            }
            return text;
        }
        double number;
        try {
            number = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": not a number: '" + value + "'");
        }
        if (kind == Kind.INTEGER && (number != Math.rint(number) || Double.isInfinite(number))) {
            throw new IllegalArgumentException(field + ": must be a whole number, was '" + value + "'");
        }
        boolean tooLow = lowerOpen ? !(number > lower) : !(number >= lower);
        if (tooLow || !(number <= upper)) {
            throw new IllegalArgumentException(field + ": must be within " + (lowerOpen ? "(" : "[") + format(lower)
                    + ", " + format(upper) + "], was " + value.trim());
        }
        return kind == Kind.INTEGER ? Long.toString((long) number) : format(number);
    }

    /** A number without a trailing ".0" and in plain notation, e.g. {@code 500}, {@code 0.01}, {@code 1000000}. */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
