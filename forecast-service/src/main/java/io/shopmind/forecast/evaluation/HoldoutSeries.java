package io.shopmind.forecast.evaluation;

/**
 * One series to evaluate: its last {@code horizon} observations are held out.
 *
 * @param id             the series' identifier ({@code unique_id} in the CSV)
 * @param values         all observations, oldest first
 * @param seasonalPeriod observations per season
 * @param timestamps     labels of the observations for the CSV {@code ds} column, or null to use positions 1..n
 */
public record HoldoutSeries(String id, double[] values, int seasonalPeriod, String[] timestamps) {

    public HoldoutSeries {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        if (values == null) {
            throw new IllegalArgumentException("values must not be null");
        }
        if (seasonalPeriod < 1) {
            throw new IllegalArgumentException("seasonalPeriod must be at least 1, got " + seasonalPeriod);
        }
        if (timestamps != null && timestamps.length != values.length) {
            throw new IllegalArgumentException("timestamps must have one label per value");
        }
    }

    public HoldoutSeries(String id, double[] values, int seasonalPeriod) {
        this(id, values, seasonalPeriod, null);
    }

    String timestamp(int index) {
        return timestamps == null ? Integer.toString(index + 1) : timestamps[index];
    }
}
