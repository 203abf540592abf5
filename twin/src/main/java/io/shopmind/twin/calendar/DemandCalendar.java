package io.shopmind.twin.calendar;

import io.shopmind.twin.catalogue.Category;
import io.shopmind.twin.random.Draws;
import io.shopmind.twin.random.Source;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The expected number of visits a category draws on a day: a multiplicative model, as in the classical
 * decomposition of a retail series (Hyndman and Athanasopoulos, Forecasting: Principles and Practice, §3.4),
 * of an exponential trend, a weekly profile, a yearly cosine per category, holidays and promotions.
 */
public final class DemandCalendar {

    /** Monday to Sunday: online shops are busiest at the weekend and on Monday evenings. */
    private static final double[] WEEKLY = {1.02, 0.95, 0.94, 0.96, 0.98, 1.08, 1.07};
    private static final int PROMOTION_DAYS = 7;
    private static final int DAYS_BETWEEN_PROMOTIONS = 42;

    private final LocalDate origin;
    private final double visitsPerDay;
    private final double yearlyGrowth;
    private final List<Category> categories;
    private final List<Promotion> promotions;
    private final Map<LocalDate, Holiday> holidays = new HashMap<>();

    /**
     * @param origin       the day the trend is measured from (visits there are {@code visitsPerDay} on average)
     * @param last         the last day the calendar needs promotions for
     * @param yearlyGrowth the trend: 0.15 means 15 % more visits a year later
     */
    public DemandCalendar(Draws draws, LocalDate origin, LocalDate last, double visitsPerDay, double yearlyGrowth,
            List<Category> categories) {
        this.origin = origin;
        this.visitsPerDay = visitsPerDay;
        this.yearlyGrowth = yearlyGrowth;
        this.categories = List.copyOf(categories);
        for (int year = origin.getYear(); year <= last.getYear(); year++) {
            Holiday.of(year).forEach(holiday -> holidays.put(holiday.day(), holiday));
        }
        List<Promotion> planned = new ArrayList<>();
        int n = 0;
        for (LocalDate first = origin.plusDays(20); !first.isAfter(last);
                first = first.plusDays(DAYS_BETWEEN_PROMOTIONS), n++) {
            Category category = categories.get((int) (draws.uniform(Source.CATALOGUE, 3_000_000 + n, 0)
                    * categories.size()));
            double discount = 0.10 + 0.05 * Math.floor(3 * draws.uniform(Source.CATALOGUE, 3_000_000 + n, 1));
            planned.add(new Promotion(category.name(), first, first.plusDays(PROMOTION_DAYS - 1), discount, 1.5));
        }
        this.promotions = List.copyOf(planned);
    }

    public List<Promotion> promotions() {
        return promotions;
    }

    /** The promotion running on a category that day, or null. */
    public Promotion promotion(String category, LocalDate day) {
        for (Promotion promotion : promotions) {
            if (promotion.category().equals(category) && promotion.covers(day)) {
                return promotion;
            }
        }
        return null;
    }

    public Holiday holiday(LocalDate day) {
        return holidays.get(day);
    }

    /** Expected visits to category {@code c} on {@code day}. */
    public double expectedVisits(int c, LocalDate day) {
        Category category = categories.get(c);
        double shareSum = categories.stream().mapToDouble(Category::share).sum();
        long t = ChronoUnit.DAYS.between(origin, day);
        double trend = Math.pow(1 + yearlyGrowth, t / 365.25);
        double weekly = WEEKLY[day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()];
        double yearly = 1 + category.yearlyAmplitude()
                * Math.cos(2 * Math.PI * (day.getDayOfYear() - category.peakDayOfYear()) / 365.25);
        Holiday holiday = holidays.get(day);
        Promotion promotion = promotion(category.name(), day);
        return visitsPerDay * category.share() / shareSum * trend * weekly * yearly
                * (holiday == null ? 1 : holiday.trafficFactor())
                * (promotion == null ? 1 : promotion.trafficBoost());
    }
}
