package io.shopmind.suite;

import static io.shopmind.suite.TestSuite.body;
import static io.shopmind.suite.TestSuite.gateway;
import static io.shopmind.suite.TestSuite.get;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.twin.event.ShopEvent;
import io.shopmind.twin.gatewayclient.Components;
import io.shopmind.twin.gatewayclient.GatewayClient;
import io.shopmind.twin.gatewayclient.SuiteOperations;
import io.shopmind.twin.metrics.Metric;
import io.shopmind.twin.operations.ForwardingOperations;
import io.shopmind.twin.operations.RuleBasedOperations;
import io.shopmind.twin.operations.RuleSettings;
import io.shopmind.twin.simulation.ArmRun;
import io.shopmind.twin.simulation.ShopTwin;
import io.shopmind.twin.simulation.TwinSettings;
import io.shopmind.twin.simulation.World;
import io.shopmind.twin.stock.PurchaseRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A few simulated days of the twin through the real suite: events as the storefront, ALS recommendations for every
 * visitor, daily forecast runs and plans approved into purchase orders whose receipts the twin reports back.
 */
class TwinSuiteDriverTest {

    @Test
    void aFewDaysOfTheTwinThroughTheGateway() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // little opening stock, so the plans have something to order within the few days
        TwinSettings settings = new TwinSettings(77, 16, 120, 60, today, 3, 5, 6, 4, 0.15, 0.25, 0.25, 15, 4, 0.4,
                2, "EUR");
        World world = new World(settings);
        Recording suite = new Recording(new SuiteOperations(
                new GatewayClient(TestSuite.running().gatewayUrl(), GatewayClient.Keys.NONE),
                new Components(true, true, false, false), RuleSettings.DEFAULT,
                new SuiteOperations.Schedule(7, 1, 2, 5_000), null));

        ArmRun run = new ShopTwin(world).run(new RuleBasedOperations(RuleSettings.DEFAULT), suite, null);

        assertThat(run.days()).hasSize(5);
        assertThat(Metric.RECOMMENDATION_CTR.of(run.days())).isGreaterThan(0);
        assertThat(suite.orders).as("plan lines approved into purchase orders").isNotEmpty();
        assertThat(suite.orders).allMatch(order -> order.purchaseOrderId().matches("[0-9a-f-]{36}"));
        // inventory-service's stock, built from the storefront's events alone, is the twin's stock
        Map<String, Integer> onHand = new HashMap<>();
        for (ShopEvent event : suite.events) {
            if (event instanceof ShopEvent.Received r) {
                onHand.merge(r.sku(), r.quantity(), Integer::sum);
            } else if (event instanceof ShopEvent.Ordered o) {
                o.lines().forEach(line -> onHand.merge(line.sku(), -line.quantity(), Integer::sum));
            }
        }
        StringBuilder query = new StringBuilder("/api/v1/inventory/positions?warehouse=main");
        world.catalogue().skus().forEach(sku -> query.append("&sku=").append(sku.id()));
        JsonNode positions = body(get(gateway(query.toString())));
        assertThat(positions).hasSize(16);
        for (JsonNode position : positions) {
            assertThat(position.get("onHand").asInt()).as(position.get("sku").asString())
                    .isEqualTo(onHand.getOrDefault(position.get("sku").asString(), 0));
        }
    }

    /** Keeps what the suite arm decided and was told. */
    private static final class Recording extends ForwardingOperations {
        final List<ShopEvent> events = new ArrayList<>();
        final List<PurchaseRequest> orders = new ArrayList<>();

        Recording(SuiteOperations suite) {
            super(suite);
        }

        @Override
        public List<PurchaseRequest> replenish(LocalDate day) {
            List<PurchaseRequest> placed = super.replenish(day);
            orders.addAll(placed);
            return placed;
        }

        @Override
        public void record(LocalDate day, List<ShopEvent> dayEvents) {
            events.addAll(dayEvents);
            super.record(day, dayEvents);
        }
    }
}
