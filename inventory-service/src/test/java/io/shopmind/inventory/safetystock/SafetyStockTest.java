package io.shopmind.inventory.safetystock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class SafetyStockTest {

    @Test
    void randomLeadTimeVariance() {
        // mean 100/day, sd 20, lead time 5 +- 1 days: var = 5*400 + 10000*1 = 12000
        LeadTimeDemand ltd = LeadTimeDemand.of(100, 20, 5, 1);
        assertThat(ltd.mean()).isEqualTo(500);
        assertThat(ltd.sd()).isCloseTo(Math.sqrt(12000), within(1e-12));
    }

    @Test
    void cycleServiceLevel95() {
        var r = SafetyStock.forCycleServiceLevel(new LeadTimeDemand(500, 100), 0.95);
        assertThat(r.safetyFactor()).isCloseTo(1.6448536, within(1e-6));
        assertThat(r.reorderPoint()).isCloseTo(664.48536, within(1e-4));
        // sigma L(1.645) = 100 * 0.020893
        assertThat(r.expectedShortagePerCycle()).isCloseTo(2.0893, within(1e-3));
    }

    @Test
    void fillRateAchievesTarget() {
        LeadTimeDemand ltd = new LeadTimeDemand(500, 100);
        var r = SafetyStock.forFillRate(ltd, 0.99, 1000);
        // (1-0.99)*1000/100 = 0.1 = L(z); tables give L(0.90) = 0.1004, L(0.91) = 0.0986
        assertThat(r.safetyFactor()).isCloseTo(0.9023, within(1e-3));
        assertThat(SafetyStock.fillRate(ltd, r.reorderPoint(), 1000)).isCloseTo(0.99, within(1e-9));
    }

    @Test
    void quantilesOfNormalReproduceNormalAnswer() {
        double[] p = {0.5, 0.8, 0.9, 0.95, 0.99};
        double[] q = {500, 584.1621, 628.1552, 664.4854, 732.6348};
        var r = SafetyStock.fromQuantiles(p, q, 500, 0.95);
        assertThat(r.reorderPoint()).isCloseTo(664.4854, within(1e-9));
        assertThat(r.safetyStock()).isCloseTo(164.4854, within(1e-9));
    }

    @Test
    void rejectsServiceLevelOfOne() {
        assertThatThrownBy(() -> SafetyStock.forCycleServiceLevel(new LeadTimeDemand(1, 1), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycleServiceLevel");
    }

    @Property(tries = 200)
    void reorderPointRisesWithServiceLevel(@ForAll @DoubleRange(min = 0.5, max = 0.99) double lower,
                                           @ForAll @DoubleRange(min = 0.001, max = 0.009) @Scale(4) double step,
                                           @ForAll @DoubleRange(min = 0, max = 1000) double demandMean,
                                           @ForAll @DoubleRange(min = 0.1, max = 300) double demandSd,
                                           @ForAll @DoubleRange(min = 0.5, max = 30) double leadTimeMean,
                                           @ForAll @DoubleRange(min = 0, max = 10) double leadTimeSd) {
        LeadTimeDemand ltd = LeadTimeDemand.of(demandMean, demandSd, leadTimeMean, leadTimeSd);
        double higher = lower + step;
        assertThat(SafetyStock.forCycleServiceLevel(ltd, higher).reorderPoint())
                .isGreaterThan(SafetyStock.forCycleServiceLevel(ltd, lower).reorderPoint());
        assertThat(SafetyStock.forFillRate(ltd, higher, 10 * demandMean + 1).reorderPoint())
                .isGreaterThan(SafetyStock.forFillRate(ltd, lower, 10 * demandMean + 1).reorderPoint());
    }

    @Property(tries = 200)
    void quantileReorderPointIsMonotone(@ForAll @DoubleRange(min = 0.05, max = 0.98) double lower,
                                        @ForAll @DoubleRange(min = 0.001, max = 0.01) @Scale(4) double step) {
        double[] p = {0.1, 0.5, 0.9, 0.97};
        double[] q = {80, 100, 130, 150};
        assertThat(SafetyStock.fromQuantiles(p, q, 100, lower + step).reorderPoint())
                .isGreaterThanOrEqualTo(SafetyStock.fromQuantiles(p, q, 100, lower).reorderPoint());
    }
}
