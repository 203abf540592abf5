package io.shopmind.forecast.history;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/** How often a series is observed; it sets the default seasonal period and the dates of forecast points. */
public enum Frequency {
    DAILY(7), WEEKLY(52), MONTHLY(12);

    private final int defaultSeasonalPeriod;

    Frequency(int defaultSeasonalPeriod) {
        this.defaultSeasonalPeriod = defaultSeasonalPeriod;
    }

    /** A week for daily sales, a year for weekly and monthly ones. */
    public int defaultSeasonalPeriod() {
        return defaultSeasonalPeriod;
    }

    /** The date {@code steps} periods after {@code ds}. */
    public LocalDate plus(LocalDate ds, long steps) {
        return switch (this) {
            case DAILY -> ds.plusDays(steps);
            case WEEKLY -> ds.plusWeeks(steps);
            case MONTHLY -> ds.plusMonths(steps);
        };
    }

    /** The name stored and shown: {@code daily}, {@code weekly}, {@code monthly}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The step between periods as a PostgreSQL interval. */
    public String sqlInterval() {
        return switch (this) {
            case DAILY -> "1 day";
            case WEEKLY -> "7 days";
            case MONTHLY -> "1 month";
        };
    }

    /** Days per period: a month is the Gregorian year's twelfth, 30.44 days. */
    public double periodDays() {
        return switch (this) {
            case DAILY -> 1;
            case WEEKLY -> 7;
            case MONTHLY -> 365.2425 / 12;
        };
    }

    /** Parses {@code daily}, {@code weekly} or {@code monthly}, in any case. */
    public static Frequency of(String label) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(label == null ? "" : label.trim()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "frequency must be daily, weekly or monthly, got '" + label + "'"));
    }
}
