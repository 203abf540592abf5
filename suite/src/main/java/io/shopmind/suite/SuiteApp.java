package io.shopmind.suite;

import io.shopmind.forecast.ForecastServiceApplication;
import io.shopmind.gateway.GatewayApplication;
import io.shopmind.inventory.InventoryServiceApplication;
import io.shopmind.model.service.ShopMindService;
import io.shopmind.pricing.PricingServiceApplication;
import io.shopmind.recommendation.RecommendationServiceApplication;
import io.shopmind.supportbot.SupportBotServiceApplication;

/** The six apps of the suite, each with its main class and its port relative to the gateway's. */
enum SuiteApp {
    RECOMMENDATION(RecommendationServiceApplication.class, ShopMindService.RECOMMENDATION),
    FORECAST(ForecastServiceApplication.class, ShopMindService.FORECAST),
    INVENTORY(InventoryServiceApplication.class, ShopMindService.INVENTORY),
    PRICING(PricingServiceApplication.class, ShopMindService.PRICING),
    SUPPORT(SupportBotServiceApplication.class, ShopMindService.SUPPORT),
    GATEWAY(GatewayApplication.class, null);

    private final Class<?> mainClass;
    private final ShopMindService service;

    SuiteApp(Class<?> mainClass, ShopMindService service) {
        this.mainClass = mainClass;
        this.service = service;
    }

    Class<?> mainClass() {
        return mainClass;
    }

    /** The domain service this app is, or null for the gateway. */
    ShopMindService service() {
        return service;
    }

    String applicationName() {
        return service == null ? GatewayApplication.NAME : service.applicationName();
    }

    int port(int gatewayPort) {
        return service == null ? gatewayPort : gatewayPort + service.defaultPort() - 8080;
    }

    static SuiteApp of(ShopMindService service) {
        for (SuiteApp app : values()) {
            if (app.service == service) {
                return app;
            }
        }
        throw new IllegalArgumentException("No app for " + service);
    }
}
