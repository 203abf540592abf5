package io.shopmind.supportbot.understanding;

/**
 * Temperature scaling (Guo, Pleiss, Sun &amp; Weinberger 2017, "On Calibration of Modern Neural Networks", §4.2):
 * one scalar {@code T} divides every logit, {@code p = softmax(z / T)}, chosen to minimise the negative
 * log-likelihood of held-out data. It changes confidences, never the ranking.
 */
public final class TemperatureScaling {

    static final double MIN_T = 0.05;
    static final double MAX_T = 20.0;

    private TemperatureScaling() {
    }

    /** The temperature minimising the mean NLL of {@code labels} under {@code softmax(logits / T)}. */
    public static double fit(double[][] logits, int[] labels) {
        if (logits.length == 0) {
            return 1.0;
        }
        // golden-section search on log T: the NLL is unimodal in T for fixed logits
        double a = Math.log(MIN_T);
        double b = Math.log(MAX_T);
        double ratio = (Math.sqrt(5) - 1) / 2;
        double c = b - ratio * (b - a);
        double d = a + ratio * (b - a);
        double fc = nll(logits, labels, Math.exp(c));
        double fd = nll(logits, labels, Math.exp(d));
        for (int i = 0; i < 80 && b - a > 1e-6; i++) {
            if (fc < fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - ratio * (b - a);
                fc = nll(logits, labels, Math.exp(c));
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + ratio * (b - a);
                fd = nll(logits, labels, Math.exp(d));
            }
        }
        return Math.exp((a + b) / 2);
    }

    /** Mean negative log-likelihood of the labels at temperature {@code t}. */
    public static double nll(double[][] logits, int[] labels, double t) {
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            sum -= logSoftmax(logits[i], t)[labels[i]];
        }
        return sum / logits.length;
    }

    /** {@code log softmax(z / t)}, computed stably. */
    public static double[] logSoftmax(double[] z, double t) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v / t);
        }
        double sum = 0;
        for (double v : z) {
            sum += Math.exp(v / t - max);
        }
        double log = max + Math.log(sum);
        double[] out = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            out[j] = z[j] / t - log;
        }
        return out;
    }
}
