package io.shopmind.forecast.baseline;

/**
 * The seasonality test of the M4 competition's benchmarks (Makridakis, Spiliotis & Assimakopoulos
 * 2018, "The M4 Competition: Results, findings, conclusion and way forward", benchmark code
 * {@code SeasonalityTest}): a series is seasonal when its autocorrelation at the seasonal lag
 * exceeds the 90 % limit {@code 1.645 / sqrt(n) * sqrt(1 + 2 * sum_{k<m} r_k^2)}.
 */
public final class SeasonalityTest {

    private static final double T_CRIT = 1.645;

    private SeasonalityTest() {
    }

    /**
     * Whether {@code y} is seasonal at period {@code m}. As in the M4 code, series shorter than three
     * periods are not seasonal, and neither are those where m exceeds R's default
     * {@code acf} lag limit {@code floor(10 * log10(n))}.
     */
    public static boolean isSeasonal(double[] y, int m) {
        int n = y.length;
        if (m <= 1 || n < 3 * m || m > Math.floor(10 * Math.log10(n))) {
            return false;
        }
        double[] r = autocorrelations(y, m);
        double sum = 1;
        for (int k = 1; k < m; k++) {
            sum += 2 * r[k] * r[k];
        }
        double limit = T_CRIT / Math.sqrt(n) * Math.sqrt(sum);
        return Math.abs(r[m]) > limit;
    }

    /** Sample autocorrelations r_0..r_maxLag, as R's {@code acf} (divisor n, overall mean). */
    public static double[] autocorrelations(double[] y, int maxLag) {
        int n = y.length;
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n;
        double[] r = new double[maxLag + 1];
        double c0 = 0;
        for (double v : y) {
            c0 += (v - mean) * (v - mean);
        }
        for (int k = 0; k <= maxLag; k++) {
            double ck = 0;
            for (int t = 0; t + k < n; t++) {
                ck += (y[t] - mean) * (y[t + k] - mean);
            }
            r[k] = c0 == 0 ? 0 : ck / c0;
        }
        return r;
    }
}
