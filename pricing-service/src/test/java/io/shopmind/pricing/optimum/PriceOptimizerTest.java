package io.shopmind.pricing.optimum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PriceOptimizerTest {

    @Test
    void linearDemandHasItsOptimumHalfwayBetweenCostAndTheChokePrice() {
        // q = 100 - 2p, c = 10: p* = (100/2 + 10) / 2 = 30, q* = 40, profit 800
        LinearDemand demand = new LinearDemand(100, 2);
        PriceOptimizer.Optimum optimum = PriceOptimizer.maximiseProfit(demand, 10, 0, 1000);

        assertThat(optimum.price()).isEqualTo(30.0);
        assertThat(optimum.quantity()).isEqualTo(40.0);
        assertThat(optimum.profit()).isEqualTo(800.0);
        assertThat(PriceOptimizer.maximiseNumerically(demand::quantity, 10, 0, 50)).isCloseTo(30, within(1e-6));
    }

    @Test
    void constantElasticityDemandFollowsTheMarkupRule() {
        // ε = -3, c = 10: p* = 10 · (-3) / (-2) = 15; ε = -1.5: p* = 30
        assertThat(new ConstantElasticityDemand(20, 100, -3).profitMaximisingPrice(10)).isEqualTo(15.0);
        assertThat(new ConstantElasticityDemand(20, 100, -1.5).profitMaximisingPrice(10)).isCloseTo(30, within(1e-12));
        ConstantElasticityDemand demand = new ConstantElasticityDemand(20, 100, -3);
        assertThat(PriceOptimizer.maximiseNumerically(demand::quantity, 10, 5, 100)).isCloseTo(15, within(1e-6));
    }

    @Test
    void inelasticDemandHasNoInteriorOptimumSoTheHighestAllowedPriceIsTaken() {
        PriceOptimizer.Optimum optimum = PriceOptimizer.maximiseProfit(new ConstantElasticityDemand(20, 100, -0.5),
                10, 5, 40);

        assertThat(optimum.price()).isEqualTo(40.0);
        assertThat(optimum.how()).contains("inelastic");
    }

    @Test
    void anOptimumOutsideTheRangeIsClampedToIt() {
        assertThat(PriceOptimizer.maximiseProfit(new LinearDemand(100, 2), 10, 35, 45).price()).isEqualTo(35.0);
        assertThat(PriceOptimizer.maximiseProfit(new LinearDemand(100, 2), 10, 0, 25).price()).isEqualTo(25.0);
    }

    @Test
    void sellThroughLowersThePriceUntilTheStockSellsByTheDate() {
        // q = 10 (p/20)^-2, c = 12: p* = 24 sells 6.94 a period, 347 in 50 periods; 1,000 units need 20 a period,
        // so p = 20 · (20/10)^(-1/2) = 14.142
        ConstantElasticityDemand demand = new ConstantElasticityDemand(20, 10, -2);
        PriceOptimizer.Optimum optimum = PriceOptimizer.maximiseWithSellThrough(demand, 12, 1, 100, 1000, 50);

        assertThat(optimum.price()).isCloseTo(20 / Math.sqrt(2), within(1e-9));
        assertThat(optimum.quantity() * 50).isCloseTo(1000, within(1e-6));
        // 300 units sell at the optimum anyway
        assertThat(PriceOptimizer.maximiseWithSellThrough(demand, 12, 1, 100, 300, 50).price()).isEqualTo(24.0);
    }

    @Test
    void numericSearchFindsTheOptimumOfAnyCurve() {
        // logit demand q = 100 / (1 + e^(0.2 (p - 30))), c = 10: the optimum satisfies p - c = 1 / (0.2 (1 - s))
        double c = 10;
        double p = PriceOptimizer.maximiseNumerically(x -> 100 / (1 + Math.exp(0.2 * (x - 30))), c, 0, 100);
        double share = 1 / (1 + Math.exp(0.2 * (p - 30)));
        assertThat(p - c).isCloseTo(1 / (0.2 * (1 - share)), within(1e-5));
    }
}
