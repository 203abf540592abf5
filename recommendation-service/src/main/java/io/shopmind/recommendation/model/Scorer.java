package io.shopmind.recommendation.model;

/**
 * How a served model scores a shopper's <em>current</em> {@link Profile}, so a new event counts at once without
 * retraining; one implementation per model family. Implementations are immutable and safe to share between threads.
 */
public sealed interface Scorer permits AspectScorer, BlendScorer, FactorScorer, NeighbourScorer, PopularityScorer {

    /** Items this scorer ranks: indices {@code 0..itemCount−1} of the served model's item index. */
    int itemCount();

    /** Whether the ranking depends on the profile; a popularity ranking does not. */
    boolean personal();

    /** Writes every item's score for {@code profile} into {@code scores[0..itemCount)}; higher is better. */
    void score(Profile profile, double[] scores);

    /** How strongly item {@code i} points to item {@code j}: what explanations and "similar items" rest on. */
    double similarity(int i, int j);

    /** The {@code k} items most like {@code item}, best first, {@code item} itself left out. */
    RankedItems similar(int item, int k);

    /**
     * The position in {@code profile} of the item that contributes most to {@code item}'s score, or -1 when none
     * contributes positively: the largest {@code r_i · similarity(i, item)}.
     */
    default int topContributor(int item, Profile profile) {
        int best = -1;
        double bestContribution = 0;
        int[] items = profile.items();
        float[] weights = profile.weights();
        for (int p = 0; p < items.length; p++) {
            if (items[p] == item) {
                continue;
            }
            double contribution = weights[p] * similarity(items[p], item);
            if (contribution > bestContribution) {
                bestContribution = contribution;
                best = p;
            }
        }
        return best;
    }
}
