package io.shopmind.twin.calibration;

/**
 * Demand-pattern features of Syntetos, Boylan and Croston (2005, "On the categorization of demand patterns"): the
 * average inter-demand interval (ADI, periods per non-zero demand) and the squared coefficient of variation of the
 * non-zero demand sizes (CV²), with their cut-offs 1.32 and 0.49 for smooth, erratic, intermittent and lumpy.
 */
public record Intermittency(double adi, double cv2, double zeroShare) {

    public static final double ADI_CUTOFF = 1.32;
    public static final double CV2_CUTOFF = 0.49;

    public enum Pattern { SMOOTH, ERRATIC, INTERMITTENT, LUMPY, NO_DEMAND }

    public static Intermittency of(double[] demand) {
        int nonZero = 0;
        double sum = 0;
        for (double y : demand) {
            if (y != 0) {
                nonZero++;
                sum += y;
            }
        }
        if (nonZero == 0) {
            return new Intermittency(Double.POSITIVE_INFINITY, Double.NaN, 1);
        }
        double mean = sum / nonZero;
        double ss = 0;
        for (double y : demand) {
            if (y != 0) {
                ss += (y - mean) * (y - mean);
            }
        }
        double variance = nonZero > 1 ? ss / (nonZero - 1) : 0;
        return new Intermittency(demand.length / (double) nonZero, variance / (mean * mean),
                1 - nonZero / (double) demand.length);
    }

    public Pattern pattern() {
        if (Double.isInfinite(adi)) {
            return Pattern.NO_DEMAND;
        }
        boolean intermittent = adi > ADI_CUTOFF;
        boolean variable = cv2 > CV2_CUTOFF;
        return intermittent ? (variable ? Pattern.LUMPY : Pattern.INTERMITTENT)
                : (variable ? Pattern.ERRATIC : Pattern.SMOOTH);
    }
}
