package io.shopmind.suite;

import static io.shopmind.suite.TestSuite.body;
import static io.shopmind.suite.TestSuite.gateway;
import static io.shopmind.suite.TestSuite.get;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.twin.catalogue.Sku;
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
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A few simulated days of the twin through the real suite: events as the storefront, ALS recommendations for every
 * visitor, daily forecast runs and plans approved into purchase orders whose receipts the twin reports back, and
 * the shelf priced from pricing-service's current prices (daily pricing runs; a buyer's edit of the price book is
 * on the shelf the next morning).
 */
class TwinSuiteDriverTest {

    @Test
    void aFewDaysOfTheTwinThroughTheGateway() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // little opening stock, so the plans have something to order within the few days
        TwinSettings settings = new TwinSettings(77, 16, 120, 60, today, 3, 5, 6, 4, 0.15, 0.25, 0.25, 15, 4, 0.4,
                2, "EUR");
        World world = new World(settings);
        Sku edited = world.catalogue().skus().get(3);
        Recording suite = new Recording(new SuiteOperations(
                new GatewayClient(TestSuite.running().gatewayUrl(), GatewayClient.Keys.NONE),
                new Components(true, true, true, false), RuleSettings.DEFAULT,
                new SuiteOperations.Schedule(7, 1, 2, 5_000, 1, 0.10), null), world.date(5), edited);

        ArmRun run = new ShopTwin(world).run(new RuleBasedOperations(RuleSettings.DEFAULT), suite, null);

        assertThat(run.days()).hasSize(5);
        assertThat(Metric.RECOMMENDATION_CTR.of(run.days())).isGreaterThan(0);
        assertThat(suite.orders).as("plan lines approved into purchase orders").isNotEmpty();
        assertThat(suite.orders).allMatch(order -> order.purchaseOrderId().matches("[0-9a-f-]{36}"));
        // the twin's shelf is what pricing-service serves: a buyer's edit before the morning's read is on that shelf
        JsonNode changes = body(get(gateway("/api/v1/pricing/book/" + edited.id() + "/changes")));
        assertThat(changes.get(0).get("actor").asString()).isEqualTo("buyer");
        assertThat(suite.served).containsEntry(world.date(5), 12.34);
        assertThat(suite.served).doesNotContainKey(world.date(4));
        assertThat(suite.events).filteredOn(e -> e instanceof ShopEvent.Listed l && l.sku().equals(edited.id())
                && l.at().isAfter(world.date(5).atStartOfDay().toInstant(ZoneOffset.UTC)))
                .singleElement().matches(e -> ((ShopEvent.Listed) e).price() == 12.34);
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

    /** Keeps what the suite arm decided and was told; a buyer edits one SKU's price before a morning's read. */
    private static final class Recording extends ForwardingOperations {
        final List<ShopEvent> events = new ArrayList<>();
        final List<PurchaseRequest> orders = new ArrayList<>();
        final Map<LocalDate, Double> served = new HashMap<>();
        private final LocalDate editedFor;
        private final Sku edited;

        Recording(SuiteOperations suite, LocalDate editedFor, Sku edited) {
            super(suite);
            this.editedFor = editedFor;
            this.edited = edited;
        }

        @Override
        public Map<String, Double> prices(LocalDate day) {
            if (day.equals(editedFor)) {
                editPrice();
            }
            Map<String, Double> prices = super.prices(day);
            if (Double.valueOf(12.34).equals(prices.get(edited.id()))) {
                served.put(day, 12.34);
            }
            return prices;
        }

        private void editPrice() {
            String entry = String.format(Locale.ROOT, """
                    {"currency":"EUR","listPrice":"%.2f","price":"12.34","unitCost":"%.2f","category":"%s",
                     "reason":"buyer's call"}""", edited.listPrice(), edited.unitCost(), edited.category());
            try {
                HttpResponse<String> edit = TestSuite.send(gateway("/api/v1/pricing/book/" + edited.id()), "PUT",
                        "application/json", entry, Map.of("X-Actor", "buyer"));
                assertThat(edit.statusCode()).as(edit.body()).isEqualTo(200);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
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
