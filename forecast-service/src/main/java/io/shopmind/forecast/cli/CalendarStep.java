package io.shopmind.forecast.cli;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The calendar step of a file whose {@code ds} holds dates, read from its last two dates unless {@code --frequency}
 * names it; it sets the default seasonal period and the dates of forecast points. Beyond the service's daily,
 * weekly and monthly sales, the command line reads the quarterly and yearly series of the forecasting competitions.
 */
enum CalendarStep {
    DAILY(7), WEEKLY(52), MONTHLY(12), QUARTERLY(4), YEARLY(1);

    private final int defaultSeasonalPeriod;

    CalendarStep(int defaultSeasonalPeriod) {
        this.defaultSeasonalPeriod = defaultSeasonalPeriod;
    }

    int defaultSeasonalPeriod() {
        return defaultSeasonalPeriod;
    }

    LocalDate plus(LocalDate ds, long steps) {
        return switch (this) {
            case DAILY -> ds.plusDays(steps);
            case WEEKLY -> ds.plusWeeks(steps);
            case MONTHLY -> ds.plusMonths(steps);
            case QUARTERLY -> ds.plusMonths(3 * steps);
            case YEARLY -> ds.plusYears(steps);
        };
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static CalendarStep of(String label) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(label.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--frequency must be one of "
                        + Arrays.stream(values()).map(CalendarStep::label).toList() + ", got '" + label + "'"));
    }

    /** The step between the last two dates: at least 365 days a year, 89 a quarter, 28 a month, 7 a week. */
    static CalendarStep between(List<String> dates) {
        if (dates.size() < 2) {
            return DAILY;
        }
        long days = ChronoUnit.DAYS.between(LocalDate.parse(dates.get(dates.size() - 2)),
                LocalDate.parse(dates.get(dates.size() - 1)));
        return days >= 365 ? YEARLY : days >= 89 ? QUARTERLY : days >= 28 ? MONTHLY : days >= 7 ? WEEKLY : DAILY;
    }
}
