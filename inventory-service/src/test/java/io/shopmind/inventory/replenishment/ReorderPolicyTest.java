package io.shopmind.inventory.replenishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReorderPolicyTest {

    @Test
    void readsTheStandardDeviationFromAnIntervalWidth() {
        // N(100, 10²): the 95 % interval is 100 ± 19.5996, the 80 % interval 100 ± 12.8155
        assertThat(ForecastDemand.sdFromInterval(95, 80.4004, 119.5996)).isCloseTo(10, within(1e-4));
        assertThat(ForecastDemand.sdFromInterval(0.8, 87.1845, 112.8155)).isCloseTo(10, within(1e-4));
    }

    @Test
    void sumsMeansAndVariancesOverALeadTimeWithPartialPeriods() {
        ForecastDemand demand = new ForecastDemand(new double[] {10, 20, 30}, new double[] {1, 2, 3}, 1);

        assertThat(demand.meanOver(0, 2.5)).isCloseTo(10 + 20 + 15, within(1e-12));
        assertThat(demand.varianceOver(0, 2.5)).isCloseTo(1 + 4 + 4.5, within(1e-12));
        // beyond the end: the average of the last periods
        assertThat(demand.meanOver(3, 5)).isCloseTo(2 * 20, within(1e-12));
    }

    @Test
    void addsLeadTimeVariability() {
        // 7 days of demand N(10, 3²) a day, lead time 7 ± 2 days: variance 7·9 + 10²·2² = 463
        double[] mean = new double[30];
        double[] sd = new double[30];
        Arrays.fill(mean, 10);
        Arrays.fill(sd, 3);
        var ltd = new ForecastDemand(mean, sd, 1).leadTimeDemand(7, 2);

        assertThat(ltd.mean()).isCloseTo(70, within(1e-9));
        assertThat(ltd.sd()).isCloseTo(Math.sqrt(463), within(1e-9));
    }

    @Test
    void computesReorderPointAndOrderQuantityInWholeCases() {
        double[] mean = new double[28];
        double[] sd = new double[28];
        Arrays.fill(mean, 10);
        Arrays.fill(sd, 3);
        var sku = new ReorderPolicy.Sku(7, 0, 0.95, Double.NaN, 10, 40, 0.25, 8, 12);

        ReorderPolicy.Policy policy = ReorderPolicy.of(new ForecastDemand(mean, sd, 1), sku);

        // σ_L = 3·√7, z(0.95) = 1.6449; EOQ = √(2·40·3650/2.5) = 341.76 → 29 cases of 12
        assertThat(policy.safetyStock()).isCloseTo(1.644854 * 3 * Math.sqrt(7), within(1e-4));
        assertThat(policy.reorderPoint()).isCloseTo(70 + 1.644854 * 3 * Math.sqrt(7), within(1e-4));
        assertThat(policy.economicOrderQuantity()).isCloseTo(Math.sqrt(2 * 40 * 3650 / 2.5), within(1e-9));
        assertThat(policy.orderQuantity()).isEqualTo(348);
        assertThat(policy.orderUpToLevel()).isCloseTo(policy.reorderPoint() + 348, within(1e-9));
    }

    @Test
    void derivesTheServiceLevelFromAStockoutCost() {
        // B2: 1 - Qh/(Dp) = 1 - 100·2.5/(3650·1) = 0.93151
        assertThat(ReorderPolicy.serviceLevelForStockoutCost(100, 2.5, 3650, 1)).isCloseTo(0.931507, within(1e-6));
        assertThat(ReorderPolicy.stockoutCostForServiceLevel(100, 2.5, 3650, 0.931507)).isCloseTo(1, within(1e-4));
    }

    @Test
    void ordersUpToSWhenTheProjectedPositionReachesTheReorderPoint() {
        List<ProjectedOrders.Order> orders = ProjectedOrders.project(new double[] {30, 30, 30, 30}, 65, 40, 100, 0, 5);

        // position 65, 35 (order 65 → 100), 70, 40 (order 60 → 100)
        assertThat(orders).containsExactly(new ProjectedOrders.Order(1, 65, 35), new ProjectedOrders.Order(3, 60, 40));
    }
}
