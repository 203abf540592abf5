package io.shopmind.twin.operations;

/**
 * The fixed settings of the rule-based shop.
 *
 * @param markup        cost-plus: shelf price = unit cost × (1 + markup), ending in .99
 * @param coverageDays  order up to this many days of average daily sales
 * @param reviewDays    look at stock every this many days
 * @param salesWindowDays the window average sales and popularity are counted over
 */
public record RuleSettings(double markup, int coverageDays, int reviewDays, int salesWindowDays) {

    /** The rules: order up to 30 days of average sales, reviewed weekly; 80 % cost-plus. */
    public static final RuleSettings DEFAULT = new RuleSettings(0.8, 30, 7, 28);

    public RuleSettings {
        if (markup <= 0 || markup > 10) {
            throw new IllegalArgumentException("markup must be in (0, 10]");
        }
        if (coverageDays < 1 || coverageDays > 365 || reviewDays < 1 || reviewDays > 90
                || salesWindowDays < 1 || salesWindowDays > 365) {
            throw new IllegalArgumentException("coverage in 1..365, review in 1..90, window in 1..365 days");
        }
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "markup %.0f %%, order up to %d days, review every %d days",
                markup * 100, coverageDays, reviewDays);
    }
}
