package io.shopmind.inventory.simulation;

/**
 * A periodic-review ordering rule: at the start of each period, given the inventory position
 * (on hand + on order &minus; backorders) and the demand observed so far, how much to order.
 */
public interface ReplenishmentPolicy {

    /**
     * @param inventoryPosition on hand + on order &minus; backorders
     * @param pastDemand        demand of periods 0..observed-1 (later entries must not be read)
     * @param observed          number of periods already observed
     * @return units to order now, non-negative
     */
    long orderQuantity(long inventoryPosition, int[] pastDemand, int observed);

    String name();

    /** Order up to S when the position is at or below s (Snyder &amp; Shen Ch. 4). */
    record SS(long reorderPoint, long orderUpToLevel) implements ReplenishmentPolicy {
        public SS {
            if (orderUpToLevel <= reorderPoint) {
                throw new IllegalArgumentException("orderUpToLevel must exceed reorderPoint");
            }
        }

        @Override
        public long orderQuantity(long position, int[] pastDemand, int observed) {
            return position <= reorderPoint ? orderUpToLevel - position : 0;
        }

        @Override
        public String name() {
            return "(s,S)=(" + reorderPoint + "," + orderUpToLevel + ")";
        }
    }

    /** Order up to S every period (Snyder &amp; Shen Ch. 4). */
    record BaseStock(long baseStockLevel) implements ReplenishmentPolicy {
        @Override
        public long orderQuantity(long position, int[] pastDemand, int observed) {
            return Math.max(0, baseStockLevel - position);
        }

        @Override
        public String name() {
            return "base-stock S=" + baseStockLevel;
        }
    }

    /** Order the smallest multiple of Q that lifts the position above r (Snyder &amp; Shen Ch. 5). */
    record RQ(long reorderPoint, long orderQuantity) implements ReplenishmentPolicy {
        public RQ {
            if (orderQuantity < 1) {
                throw new IllegalArgumentException("orderQuantity must be at least 1, was " + orderQuantity);
            }
        }

        @Override
        public long orderQuantity(long position, int[] pastDemand, int observed) {
            if (position > reorderPoint) {
                return 0;
            }
            long lots = (reorderPoint - position) / orderQuantity + 1;
            return lots * orderQuantity;
        }

        @Override
        public String name() {
            return "(r,Q)=(" + reorderPoint + "," + orderQuantity + ")";
        }
    }

    /**
     * The rule of thumb "keep {@code coverPeriods} periods of average sales": order up to
     * coverPeriods &times; the mean of the last {@code window} periods' demand (or of
     * {@code initialMeanEstimate} before any demand is seen).
     */
    record DaysOfCover(int coverPeriods, int window, double initialMeanEstimate) implements ReplenishmentPolicy {
        public DaysOfCover {
            if (coverPeriods < 1) {
                throw new IllegalArgumentException("coverPeriods must be at least 1, was " + coverPeriods);
            }
            if (window < 1) {
                throw new IllegalArgumentException("window must be at least 1, was " + window);
            }
            if (!(initialMeanEstimate >= 0)) {
                throw new IllegalArgumentException("initialMeanEstimate must be non-negative");
            }
        }

        @Override
        public long orderQuantity(long position, int[] pastDemand, int observed) {
            double mean = initialMeanEstimate;
            if (observed > 0) {
                int from = Math.max(0, observed - window);
                long sum = 0;
                for (int t = from; t < observed; t++) {
                    sum += pastDemand[t];
                }
                mean = (double) sum / (observed - from);
            }
            long target = (long) Math.ceil(coverPeriods * mean);
            return Math.max(0, target - position);
        }

        @Override
        public String name() {
            return coverPeriods + " periods of cover";
        }
    }
}
