package io.shopmind.pricing.experiment;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An experiment with its state and results so far.
 *
 * @param arms      per price: what was offered and sold, the posterior, and the off-policy estimate
 * @param revenue   what the experiment earned so far
 */
public record ExperimentView(UUID id, String name, String sku, String currency, String policy, String demand,
        String state, Double inventoryLeft, int horizonPeriods, int periodMinutes, int periodsDone,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal currentPrice, double revenue, List<Arm> arms,
        Instant createdAt, Instant startedAt, Instant endedAt, String endReason) {

    /**
     * One price of the grid.
     *
     * @param posteriorMeanDemand   the posterior mean units per period (POISSON) or purchase probability (BERNOULLI)
     * @param probabilityBest       the posterior probability that this price earns the most per period
     * @param offPolicyRevenue      the inverse-propensity estimate of revenue per period had this price been offered
     *                              every period, from the logged propensities (Li et al. 2011), null before any period
     */
    public record Arm(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price, int periods, double units,
            double revenue, double posteriorMeanDemand, double probabilityBest, Double offPolicyRevenue) {
    }
}
