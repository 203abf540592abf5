package io.shopmind.forecast.arima;

/**
 * The orders of a seasonal ARIMA(p,d,q)(P,D,Q) model; the seasonal period is given when fitting.
 *
 * @param p non-seasonal autoregressive order
 * @param d non-seasonal differences
 * @param q non-seasonal moving-average order
 * @param P seasonal autoregressive order
 * @param D seasonal differences
 * @param Q seasonal moving-average order
 */
public record ArimaOrder(int p, int d, int q, int P, int D, int Q) {

    public ArimaOrder {
        if (p < 0 || d < 0 || q < 0 || P < 0 || D < 0 || Q < 0) {
            throw new IllegalArgumentException("ARIMA orders must be non-negative");
        }
    }

    /** A non-seasonal ARIMA(p,d,q). */
    public static ArimaOrder of(int p, int d, int q) {
        return new ArimaOrder(p, d, q, 0, 0, 0);
    }

    /** A seasonal ARIMA(p,d,q)(P,D,Q). */
    public static ArimaOrder of(int p, int d, int q, int P, int D, int Q) {
        return new ArimaOrder(p, d, q, P, D, Q);
    }

    /** Number of ARMA coefficients: p + q + P + Q. */
    public int armaCount() {
        return p + q + P + Q;
    }

    public boolean isSeasonal() {
        return P + D + Q > 0;
    }

    /** The name R's forecast package prints, e.g. {@code ARIMA(0,1,1)(0,1,1)[12]}. */
    public String label(int period) {
        String label = "ARIMA(" + p + "," + d + "," + q + ")";
        if (period > 1 && isSeasonal()) {
            label += "(" + P + "," + D + "," + Q + ")[" + period + "]";
        }
        return label;
    }
}
