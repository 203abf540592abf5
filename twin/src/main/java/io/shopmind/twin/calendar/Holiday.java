package io.shopmind.twin.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/** A day when shoppers come more (Black Friday) or less (Christmas Day) than usual. */
public record Holiday(String name, LocalDate day, double trafficFactor) {

    /** The shopping holidays of a year: Singles' Day, Black Friday, Cyber Monday, Christmas and New Year. */
    public static List<Holiday> of(int year) {
        LocalDate blackFriday = LocalDate.of(year, Month.NOVEMBER, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.FRIDAY));
        return List.of(
                new Holiday("New Year's Day", LocalDate.of(year, 1, 1), 0.7),
                new Holiday("Singles' Day", LocalDate.of(year, 11, 11), 1.6),
                new Holiday("Black Friday", blackFriday, 2.2),
                new Holiday("Cyber Monday", blackFriday.plusDays(3), 1.7),
                new Holiday("Christmas Eve", LocalDate.of(year, 12, 24), 0.6),
                new Holiday("Christmas Day", LocalDate.of(year, 12, 25), 0.5),
                new Holiday("Boxing Day", LocalDate.of(year, 12, 26), 1.3));
    }
}
