package io.shopmind.supportbot.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates a shopper mentions, resolved against today's date. Shoppers ask about the past (when they ordered, when a
 * parcel should have come), so a bare weekday or day of the month means the most recent one on or before today.
 * <ul>
 *   <li>English: today, yesterday, the day before yesterday, tomorrow, {@code N days ago}, {@code last Friday} (the
 *       most recent Friday before today), {@code on Friday}, {@code 2026-03-01}, {@code March 3}, {@code 3 March}.</li>
 *   <li>Chinese: 今天, 昨天, 前天, 明天, {@code N天前}, 上周五 / 上星期五 / 上礼拜五 (Friday of the previous calendar
 *       week, weeks starting on Monday as in GB/T 7408), 这周五 / 本周五, 周五 / 星期五, 3月1日 / 3月1号.</li>
 * </ul>
 */
public final class DateMention {

    private static final Map<String, DayOfWeek> ENGLISH_DAYS = Map.of(
            "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
            "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
            "sunday", DayOfWeek.SUNDAY);
    private static final Map<Character, DayOfWeek> CHINESE_DAYS = Map.of(
            '一', DayOfWeek.MONDAY, '二', DayOfWeek.TUESDAY, '三', DayOfWeek.WEDNESDAY, '四', DayOfWeek.THURSDAY,
            '五', DayOfWeek.FRIDAY, '六', DayOfWeek.SATURDAY, '日', DayOfWeek.SUNDAY, '天', DayOfWeek.SUNDAY);
    private static final String DAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final String MONTH_NAMES =
            "january|february|march|april|may|june|july|august|september|october|november|december";

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern DAYS_AGO = Pattern.compile("\\b(\\d{1,3}) days? ago\\b");
    private static final Pattern LAST_DAY = Pattern.compile("\\blast (" + DAY_NAMES + ")\\b");
    private static final Pattern BARE_DAY = Pattern.compile("\\b(?:on )?(" + DAY_NAMES + ")\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(" + MONTH_NAMES + ") (\\d{1,2})(?:st|nd|rd|th)?\\b");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(" + MONTH_NAMES + ")\\b");
    private static final Pattern ZH_LAST_WEEK = Pattern.compile("上(?:周|星期|礼拜)([一二三四五六日天])");
    private static final Pattern ZH_THIS_WEEK = Pattern.compile("(?:这|本)(?:周|星期|礼拜)([一二三四五六日天])");
    private static final Pattern ZH_BARE_DAY = Pattern.compile("(?:周|星期|礼拜)([一二三四五六日天])");
    private static final Pattern ZH_DAYS_AGO = Pattern.compile("(\\d{1,3})天前");
    private static final Pattern ZH_MONTH_DAY = Pattern.compile("(\\d{1,2})月(\\d{1,2})[日号]");

    private DateMention() {
    }

    public static Optional<LocalDate> find(String text, LocalDate today) {
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m = ISO.matcher(lower);
        if (m.find()) {
            return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        if ((m = ZH_MONTH_DAY.matcher(lower)).find()) {
            return recentDayOfMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), today);
        }
        if ((m = ZH_LAST_WEEK.matcher(lower)).find()) {
            return Optional.of(today.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .with(TemporalAdjusters.nextOrSame(CHINESE_DAYS.get(m.group(1).charAt(0)))));
        }
        if ((m = ZH_THIS_WEEK.matcher(lower)).find()) {
            return Optional.of(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .with(TemporalAdjusters.nextOrSame(CHINESE_DAYS.get(m.group(1).charAt(0)))));
        }
        if ((m = ZH_BARE_DAY.matcher(lower)).find()) {
            return Optional.of(today.with(TemporalAdjusters.previousOrSame(CHINESE_DAYS.get(m.group(1).charAt(0)))));
        }
        if ((m = ZH_DAYS_AGO.matcher(lower)).find() || (m = DAYS_AGO.matcher(lower)).find()) {
            return Optional.of(today.minusDays(Integer.parseInt(m.group(1))));
        }
        if (lower.contains("前天") || lower.contains("day before yesterday")) {
            return Optional.of(today.minusDays(2));
        }
        if (lower.contains("昨天") || lower.matches("(?s).*\\byesterday\\b.*")) {
            return Optional.of(today.minusDays(1));
        }
        if (lower.contains("今天") || lower.matches("(?s).*\\btoday\\b.*")) {
            return Optional.of(today);
        }
        if (lower.contains("明天") || lower.matches("(?s).*\\btomorrow\\b.*")) {
            return Optional.of(today.plusDays(1));
        }
        if ((m = LAST_DAY.matcher(lower)).find()) {
            return Optional.of(today.with(TemporalAdjusters.previous(ENGLISH_DAYS.get(m.group(1)))));
        }
        if ((m = MONTH_DAY.matcher(lower)).find()) {
            return recentDayOfMonth(month(m.group(1)), Integer.parseInt(m.group(2)), today);
        }
        if ((m = DAY_MONTH.matcher(lower)).find()) {
            return recentDayOfMonth(month(m.group(2)), Integer.parseInt(m.group(1)), today);
        }
        if ((m = BARE_DAY.matcher(lower)).find()) {
            return Optional.of(today.with(TemporalAdjusters.previousOrSame(ENGLISH_DAYS.get(m.group(1)))));
        }
        return Optional.empty();
    }

    private static int month(String name) {
        return Month.valueOf(name.toUpperCase(Locale.ROOT)).getValue();
    }

    /** The most recent {@code month}/{@code day} on or before today: this year's, or last year's if still ahead. */
    private static Optional<LocalDate> recentDayOfMonth(int month, int day, LocalDate today) {
        Optional<LocalDate> thisYear = date(today.getYear(), month, day);
        if (thisYear.isPresent() && thisYear.get().isAfter(today)) {
            return date(today.getYear() - 1, month, day);
        }
        return thisYear;
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
