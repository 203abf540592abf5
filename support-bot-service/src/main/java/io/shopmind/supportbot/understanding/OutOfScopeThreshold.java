package io.shopmind.supportbot.understanding;

import java.util.Arrays;

/**
 * The confidence below which a message counts as out of scope, chosen on validation data by a rule fixed in
 * advance (never on test data):
 * <ul>
 *   <li>with out-of-scope examples in the validation data: the threshold that maximises the mean of in-scope accuracy
 *       and out-of-scope recall, so that neither side wins by outnumbering the other; the lowest such threshold on
 *       ties;</li>
 *   <li>without them: the highest threshold that still keeps {@link #KEPT_SHARE} of the validation examples the
 *       model gets right.</li>
 * </ul>
 * Larson et al. (2019, §4.2) tune the threshold on validation data the same way; the rule here is stated so that
 * any data set gets the same treatment.
 */
public final class OutOfScopeThreshold {

    /** Without out-of-scope examples, the share of correctly classified validation examples the threshold keeps. */
    public static final double KEPT_SHARE = 0.95;

    private OutOfScopeThreshold() {
    }

    /**
     * @param confidence   each validation example's top confidence
     * @param correct      the top intent is the true in-scope intent
     * @param outOfScope   the example's true label is out of scope
     * @param predictedOos the top intent is the explicit out-of-scope class
     */
    public static double choose(double[] confidence, boolean[] correct, boolean[] outOfScope, boolean[] predictedOos) {
        int n = confidence.length;
        int oos = 0;
        for (boolean b : outOfScope) {
            oos += b ? 1 : 0;
        }
        int inScope = n - oos;
        if (inScope == 0) {
            return 0;
        }
        if (oos == 0) {
            return keptShare(confidence, correct);
        }
        double[] candidates = Arrays.copyOf(confidence, n + 1);
        candidates[n] = 0;
        Arrays.sort(candidates);
        double best = 0;
        double bestScore = -1;
        for (double t : candidates) {
            int kept = 0;
            int caught = 0;
            for (int i = 0; i < n; i++) {
                boolean rejected = predictedOos[i] || confidence[i] < t;
                if (outOfScope[i]) {
                    caught += rejected ? 1 : 0;
                } else if (correct[i] && !rejected) {
                    kept++;
                }
            }
            double score = ((double) kept / inScope + (double) caught / oos) / 2;
            if (score > bestScore + 1e-12) {
                bestScore = score;
                best = t;
            }
        }
        return best;
    }

    private static double keptShare(double[] confidence, boolean[] correct) {
        double[] right = new double[confidence.length];
        int m = 0;
        for (int i = 0; i < confidence.length; i++) {
            if (correct[i]) {
                right[m++] = confidence[i];
            }
        }
        if (m == 0) {
            return 0;
        }
        double[] sorted = Arrays.copyOf(right, m);
        Arrays.sort(sorted);
        // the lowest confidences of correct answers, past the kept share, fall below the threshold
        int drop = (int) Math.floor(m * (1 - KEPT_SHARE));
        return sorted[drop];
    }
}
