package io.shopmind.model.service;

/**
 * The five domain services: the name each runs under, the public path segment the gateway routes to it,
 * its default port and the PostgreSQL schema it owns.
 */
public enum ShopMindService {
    RECOMMENDATION("recommendation-service", "recommendations", 8081, "recommendation"),
    FORECAST("forecast-service", "forecasts", 8082, "forecast"),
    INVENTORY("inventory-service", "inventory", 8083, "inventory"),
    PRICING("pricing-service", "pricing", 8084, "pricing"),
    SUPPORT("support-bot-service", "support", 8085, "support");

    private final String applicationName;
    private final String pathSegment;
    private final int defaultPort;
    private final String schema;

    ShopMindService(String applicationName, String pathSegment, int defaultPort, String schema) {
        this.applicationName = applicationName;
        this.pathSegment = pathSegment;
        this.defaultPort = defaultPort;
        this.schema = schema;
    }

    public String applicationName() {
        return applicationName;
    }

    /** The segment after {@code /api/v1/} that the gateway routes to this service. */
    public String pathSegment() {
        return pathSegment;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String schema() {
        return schema;
    }

    /** The database role this service connects as; it has rights on {@link #schema()} alone. */
    public String databaseRole() {
        return "shopmind_" + schema;
    }

    /** The path of this service's event intake, e.g. {@code /api/v1/forecasts/events}. */
    public String eventsPath() {
        return "/api/v1/" + pathSegment + "/events";
    }

    public static ShopMindService ofApplicationName(String applicationName) {
        for (ShopMindService service : values()) {
            if (service.applicationName.equals(applicationName)) {
                return service;
            }
        }
        throw new IllegalArgumentException("Unknown ShopMind service: " + applicationName);
    }
}
