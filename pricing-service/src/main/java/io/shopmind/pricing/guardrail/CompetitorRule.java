package io.shopmind.pricing.guardrail;

/**
 * How a SKU's price stands to its competitors' (the rules commercial repricers offer). Each reads the competitor
 * prices passed to it, which the caller has already cleared of stale and outlying observations.
 */
public sealed interface CompetitorRule {

    /** Whether out-of-stock competitors are left out (a shopper cannot buy from them). */
    boolean ignoreOutOfStock();

    /** Never above the lowest competitor price. */
    record MatchLowest(boolean ignoreOutOfStock) implements CompetitorRule {
    }

    /** At least {@code percent} % below the lowest competitor price. */
    record BeatLowest(double percent, boolean ignoreOutOfStock) implements CompetitorRule {

        public BeatLowest {
            if (!(percent > 0 && percent < 100)) {
                throw new IllegalArgumentException("percent must be between 0 and 100");
            }
        }
    }

    /** Within &plusmn;{@code percent} % of the median competitor price. */
    record WithinBandOfMedian(double percent, boolean ignoreOutOfStock) implements CompetitorRule {

        public WithinBandOfMedian {
            if (!(percent >= 0 && percent < 100)) {
                throw new IllegalArgumentException("percent must be between 0 and 100");
            }
        }
    }
}
