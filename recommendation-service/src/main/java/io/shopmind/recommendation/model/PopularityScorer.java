package io.shopmind.recommendation.model;

/**
 * A popularity model as served: every shopper gets the same ranking. Items are alike by their co-purchase rules.
 */
public final class PopularityScorer implements Scorer {

    private final double[] popularity;
    private final CoPurchaseRules rules;

    public PopularityScorer(double[] popularity, CoPurchaseRules rules) {
        if (rules.itemCount() != popularity.length) {
            throw new IllegalArgumentException("rules: expected rules over " + popularity.length + " items");
        }
        this.popularity = popularity;
        this.rules = rules;
    }

    @Override
    public int itemCount() {
        return popularity.length;
    }

    @Override
    public boolean personal() {
        return false;
    }

    @Override
    public void score(Profile profile, double[] scores) {
        System.arraycopy(popularity, 0, scores, 0, popularity.length);
    }

    @Override
    public double similarity(int i, int j) {
        return rules.confidence(i, j);
    }

    @Override
    public RankedItems similar(int item, int k) {
        return rules.consequents(item, k);
    }

    double[] popularity() {
        return popularity;
    }

    CoPurchaseRules rules() {
        return rules;
    }
}
