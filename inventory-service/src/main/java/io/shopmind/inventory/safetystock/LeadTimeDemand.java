package io.shopmind.inventory.safetystock;

/**
 * Mean and standard deviation of demand over a random lead time L, with i.i.d. per-period demand
 * D independent of L: E = E[D]E[L], Var = E[L]Var[D] + E[D]<sup>2</sup>Var[L]
 * (Silver, Pyke &amp; Thomas, <i>Inventory and Production Management in Supply Chains</i>, 4th ed.,
 * the random lead time case).
 */
public record LeadTimeDemand(double mean, double sd) {

    public LeadTimeDemand {
        if (!(mean >= 0) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("mean must be non-negative and finite, was " + mean);
        }
        if (!(sd >= 0) || Double.isInfinite(sd)) {
            throw new IllegalArgumentException("sd must be non-negative and finite, was " + sd);
        }
    }

    /**
     * @param demandMean   mean demand per period
     * @param demandSd     standard deviation of demand per period
     * @param leadTimeMean mean lead time in periods
     * @param leadTimeSd   standard deviation of the lead time in periods
     */
    public static LeadTimeDemand of(double demandMean, double demandSd, double leadTimeMean, double leadTimeSd) {
        check(demandMean, "demandMean");
        check(demandSd, "demandSd");
        check(leadTimeMean, "leadTimeMean");
        check(leadTimeSd, "leadTimeSd");
        double variance = leadTimeMean * demandSd * demandSd + demandMean * demandMean * leadTimeSd * leadTimeSd;
        return new LeadTimeDemand(demandMean * leadTimeMean, Math.sqrt(variance));
    }

    private static void check(double v, String name) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be non-negative and finite, was " + v);
        }
    }
}
