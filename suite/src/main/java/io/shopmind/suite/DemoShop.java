package io.shopmind.suite;

import io.shopmind.twin.gatewayclient.Components;
import io.shopmind.twin.gatewayclient.GatewayClient;
import io.shopmind.twin.gatewayclient.GatewayClient.Role;
import io.shopmind.twin.gatewayclient.StorefrontEvents;
import io.shopmind.twin.gatewayclient.SuiteOperations;
import io.shopmind.twin.operations.RuleBasedOperations;
import io.shopmind.twin.operations.RuleSettings;
import io.shopmind.twin.simulation.ShopTwin;
import io.shopmind.twin.simulation.TwinSettings;
import io.shopmind.twin.simulation.World;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The demo shop: a shop twin of 200 SKUs run by the rule-based shop for a year up to today, its events sent through
 * the gateway as a storefront would, then the ops work a shop does on such data: a trained recommendation model,
 * a forecast run, a replenishment plan and a pricing run's proposals left for a buyer to approve. A shop already
 * loaded (its first SKU has parameters) is left as it is.
 */
final class DemoShop {

    private static final Logger log = LoggerFactory.getLogger(DemoShop.class);
    private static final long SEED = 20260101L;

    private final GatewayClient gateway;
    private final int days;

    DemoShop(String gatewayUrl, int days) {
        this.gateway = new GatewayClient(gatewayUrl, GatewayClient.Keys.fromEnvironment());
        this.days = days;
    }

    static TwinSettings settings(int days, LocalDate lastDay) {
        return TwinSettings.defaults(SEED, lastDay).withSize(200, 1_500, 150).withCalendar(lastDay, days - 1, 1);
    }

    void load() {
        long started = System.nanoTime();
        TwinSettings settings = settings(days, LocalDate.now(ZoneOffset.UTC));
        World world = new World(settings);
        String firstSku = world.catalogue().sku(0).id();
        HttpResponse<String> known = gateway.send(Role.OPS, "GET", "/api/v1/inventory/skus/" + firstSku, null);
        if (known.statusCode() == 200) {
            System.out.println("Demo shop already loaded; start with --clean to load it again.");
            return;
        }
        RuleBasedOperations rules = new RuleBasedOperations(RuleSettings.DEFAULT);
        double sent;
        try (SuiteOperations storefront = new SuiteOperations(gateway, new Components(false, false, false, false),
                RuleSettings.DEFAULT, SuiteOperations.Schedule.WEEKLY, null)) {
            int[] lastTenth = {0};
            new ShopTwin(world).run(rules, storefront, (day, total) -> {
                if (day * 10 / total > lastTenth[0]) {
                    lastTenth[0] = day * 10 / total;
                    System.out.printf("Demo shop: %d %% of %d days sent%n", lastTenth[0] * 10, total);
                }
            });
            sent = (System.nanoTime() - started) / 1e9;
            gateway.runJob(Role.OPS, "/api/v1/recommendations/models", Map.of("algorithm", "als", "activate", true));
            gateway.runJob(Role.OPS, "/api/v1/forecasts/runs", Map.of("horizon", 28, "levels", List.of(80, 95)));
            gateway.runJob(Role.OPS, "/api/v1/inventory/plans", Map.of("warehouse", StorefrontEvents.WAREHOUSE,
                    "horizonWeeks", 4));
            storefront.proposePrices();
        }
        double total = (System.nanoTime() - started) / 1e9;
        JsonNode waiting = gateway.get(Role.OPS, "/api/v1/pricing/proposals?status=PENDING&limit=1000");
        log.info("Demo shop: {} days, {} SKUs in {} s (events {} s)", days, settings.skus(), total, sent);
        System.out.printf("Demo shop loaded: %d days of a %d-SKU shop up to today, a trained model, a forecast, a "
                + "plan and %d price proposals waiting for approval, in %.0f s (events %.0f s).%n", days,
                settings.skus(), waiting.size(), total, sent);
    }
}
