package io.shopmind.inventory.simulation;

/**
 * Periodic-review inventory simulation with backorders and a fixed lead time, the dynamics of
 * Snyder &amp; Shen, <i>Fundamentals of Supply Chain Theory</i>, Chapter 4: at the start of period t
 * the order placed L periods earlier arrives, the policy sees the inventory position and orders,
 * then demand occurs (backlog is served first); holding and backorder costs are charged on the
 * ending inventory level. Statistics skip a warm-up so the start state matters little.
 */
public final class PolicySimulator {

    /**
     * @param holdingCost  h per unit on hand at period end
     * @param fixedCost    K per order placed
     * @param shortageCost p per unit backordered at period end
     */
    public record Costs(double holdingCost, double fixedCost, double shortageCost) {
        public Costs {
            if (!(holdingCost >= 0) || !(fixedCost >= 0) || !(shortageCost >= 0)) {
                throw new IllegalArgumentException("holdingCost, fixedCost and shortageCost must be non-negative");
            }
        }
    }

    /**
     * Averages per period over all scenarios after the warm-up.
     *
     * @param fillRate    fraction of demand served from stock in its own period
     * @param stockoutDays mean number of periods per scenario with demand not fully served
     */
    public record Result(String policy, double holdingCost, double orderingCost, double shortageCost,
                         double totalCost, double fillRate, double stockoutDays, double ordersPerPeriod) {
    }

    private final int leadTime;
    private final int warmUp;
    private final long initialInventory;
    private final Costs costs;

    /**
     * @param leadTime         periods from order to receipt, 0 means same-period delivery
     * @param warmUp           leading periods excluded from the statistics
     * @param initialInventory on hand at the start of period 0
     */
    public PolicySimulator(int leadTime, int warmUp, long initialInventory, Costs costs) {
        if (leadTime < 0) {
            throw new IllegalArgumentException("leadTime must be non-negative, was " + leadTime);
        }
        if (warmUp < 0) {
            throw new IllegalArgumentException("warmUp must be non-negative, was " + warmUp);
        }
        if (costs == null) {
            throw new IllegalArgumentException("costs must not be null");
        }
        this.leadTime = leadTime;
        this.warmUp = warmUp;
        this.initialInventory = initialInventory;
        this.costs = costs;
    }

    public Result run(ReplenishmentPolicy policy, DemandScenarios scenarios) {
        int periods = scenarios.periods();
        if (periods <= warmUp) {
            throw new IllegalArgumentException("scenarios must be longer than warmUp");
        }
        double holding = 0;
        double ordering = 0;
        double shortage = 0;
        long demandTotal = 0;
        long filledTotal = 0;
        long stockoutPeriods = 0;
        long orders = 0;
        long[] pipeline = new long[leadTime + 1]; // ring buffer: arrivals due in t .. t+L
        for (int s = 0; s < scenarios.scenarios(); s++) {
            int[] demand = scenarios.path(s);
            java.util.Arrays.fill(pipeline, 0);
            long onHand = initialInventory;
            long backlog = 0;
            long onOrder = 0;
            for (int t = 0; t < periods; t++) {
                int slot = t % pipeline.length;
                long arriving = pipeline[slot];
                pipeline[slot] = 0;
                onOrder -= arriving;
                onHand += arriving;
                long position = onHand + onOrder - backlog;
                long q = policy.orderQuantity(position, demand, t);
                if (q < 0) {
                    throw new IllegalStateException(policy.name() + " ordered a negative quantity");
                }
                boolean counted = t >= warmUp;
                if (q > 0) {
                    if (leadTime == 0) {
                        onHand += q;
                    } else {
                        pipeline[(t + leadTime) % pipeline.length] += q;
                        onOrder += q;
                    }
                    if (counted) {
                        ordering += costs.fixedCost();
                        orders++;
                    }
                }
                long servedBacklog = Math.min(onHand, backlog);
                onHand -= servedBacklog;
                backlog -= servedBacklog;
                long d = demand[t];
                long filled = Math.min(onHand, d);
                onHand -= filled;
                backlog += d - filled;
                if (counted) {
                    demandTotal += d;
                    filledTotal += filled;
                    if (filled < d) {
                        stockoutPeriods++;
                    }
                    holding += costs.holdingCost() * onHand;
                    shortage += costs.shortageCost() * backlog;
                }
            }
        }
        double n = (double) scenarios.scenarios() * (periods - warmUp);
        double fill = demandTotal == 0 ? 1 : (double) filledTotal / demandTotal;
        return new Result(policy.name(), holding / n, ordering / n, shortage / n,
                (holding + ordering + shortage) / n, fill,
                (double) stockoutPeriods / scenarios.scenarios(), orders / n);
    }
}
