package io.shopmind.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.database.DatabaseProvisioner;
import io.shopmind.model.service.ShopMindService;
import io.shopmind.servicesupport.ServiceApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The service on a PostgreSQL server in a container, as in docker-compose. Runs where Docker is present and is
 * skipped where it is not; the embedded PostgreSQL covers the rest.
 */
@Testcontainers(disabledWithoutDocker = true)
class PricingServiceOnContainerDatabaseTest {

    @Container
    static final PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17");

    @Test
    void migratesItsSchemaAndAcceptsEventsOnAContainerDatabase() throws Exception {
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(postgres.getJdbcUrl());
        admin.setUser(postgres.getUsername());
        admin.setPassword(postgres.getPassword());
        DatabaseProvisioner.provisionServices(admin, "shopmind");

        try (ConfigurableApplicationContext app = ServiceApplication.builder(PricingServiceApplication.class,
                ShopMindService.PRICING).run("--server.port=0", "--spring.datasource.url=" + postgres.getJdbcUrl(),
                "--spring.datasource.username=" + ShopMindService.PRICING.databaseRole(),
                "--spring.datasource.password=shopmind")) {
            String port = app.getEnvironment().getProperty("local.server.port");
            String batch = """
                    {"events":[{"eventId":"%s","type":"CompetitorPriceObserved","occurredAt":"2026-03-01T10:00:00Z",
                    "payload":{"sku":"SKU-1","competitor":"rival","price":{"amount":"9.99","currency":"EUR"}}}]}"""
                    .formatted(UUID.randomUUID());
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + ShopMindService.PRICING.eventsPath()))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(batch)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(202);
        }
    }
}
