package io.shopmind.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.database.DatabaseProvisioner;
import io.shopmind.model.service.ShopMindService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot run here (no Docker engine), so this keeps it true to the apps' configuration: every
 * app, port, database role, service URL and scrape target.
 */
class ComposeConsistencyTest {

    private static final Path ROOT = Path.of("..");
    private static final Map<String, Object> compose = yaml(ROOT.resolve("docker-compose.yml"));
    private static final Map<String, Object> services = map(compose.get("services"));

    @ParameterizedTest
    @EnumSource(ShopMindService.class)
    void runsEachServiceOnItsPortWithItsOwnRole(ShopMindService service) {
        Map<String, Object> container = map(services.get(service.applicationName()));
        Map<String, Object> environment = map(container.get("environment"));

        assertThat(map(map(container.get("build")).get("args")).get("MODULE")).isEqualTo(service.applicationName());
        assertThat(Files.isDirectory(ROOT.resolve(service.applicationName()))).isTrue();
        assertThat(list(container.get("ports"))).containsExactly(service.defaultPort() + ":" + service.defaultPort());
        assertThat(environment.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://postgres:5432/shopmind");
        assertThat(environment.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(service.databaseRole());
        assertThat(environment.get("SHOPMIND_SERVICES_GATEWAY_URL")).isEqualTo("http://gateway:8080");
        assertThat(map(map(container.get("depends_on")).get("postgres")).get("condition")).isEqualTo("service_healthy");
        assertThat(map(container.get("healthcheck")).get("test").toString())
                .contains("localhost:" + service.defaultPort() + "/actuator/health/readiness");
    }

    @Test
    void pointsTheGatewayAtEveryServiceByTheKeysItReads() throws IOException {
        Map<String, Object> gateway = map(services.get("gateway"));
        Map<String, Object> environment = map(gateway.get("environment"));
        Map<String, Object> gatewayConfig = resourceYaml("gateway.yml");
        Map<String, Object> configuredServices = map(map(gatewayConfig.get("shopmind")).get("services"));

        assertThat(list(gateway.get("ports"))).containsExactly(
                map(gatewayConfig.get("server")).get("port") + ":" + map(gatewayConfig.get("server")).get("port"));
        for (ShopMindService service : ShopMindService.values()) {
            // SHOPMIND_SERVICES_<KEY>_URL binds to shopmind.services.<key>.url, the key the gateway reads
            assertThat(configuredServices).containsKey(service.schema());
            assertThat(environment.get("SHOPMIND_SERVICES_" + service.schema().toUpperCase() + "_URL"))
                    .isEqualTo("http://" + service.applicationName() + ":" + service.defaultPort());
            assertThat(map(map(gateway.get("depends_on")).get(service.applicationName())).get("condition"))
                    .isEqualTo("service_healthy");
        }
        assertThat(environment.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://postgres:5432/shopmind");
        assertThat(environment.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(DatabaseProvisioner.GATEWAY_ROLE);
        assertThat(map(map(gateway.get("depends_on")).get("postgres")).get("condition")).isEqualTo("service_healthy");
        assertThat(environment).hasSize(ShopMindService.values().length + 3);
    }

    @Test
    void scrapesAllSixApps() {
        Map<String, Object> prometheus = yaml(ROOT.resolve("deploy/prometheus/prometheus.yml"));
        Map<String, Object> job = map(list(prometheus.get("scrape_configs")).get(0));
        List<Object> targets = list(map(list(job.get("static_configs")).get(0)).get("targets"));

        assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
        assertThat(targets).contains("gateway:8080");
        for (ShopMindService service : ShopMindService.values()) {
            assertThat(targets).contains(service.applicationName() + ":" + service.defaultPort());
        }
        assertThat(services).containsKey("prometheus");
    }

    @Test
    void createsEveryRoleAndSchemaInTheDatabase() throws IOException {
        String init = Files.readString(ROOT.resolve("deploy/postgres/init.sql"));

        assertThat(init).contains("CREATE DATABASE shopmind");
        for (ShopMindService service : ShopMindService.values()) {
            assertThat(init).contains("CREATE ROLE " + service.databaseRole() + " LOGIN")
                    .contains("CREATE SCHEMA " + service.schema() + " AUTHORIZATION " + service.databaseRole());
        }
        assertThat(init).contains("CREATE ROLE " + DatabaseProvisioner.GATEWAY_ROLE + " LOGIN").contains(
                "CREATE SCHEMA " + DatabaseProvisioner.GATEWAY_SCHEMA + " AUTHORIZATION " + DatabaseProvisioner.GATEWAY_ROLE);
    }

    private static Map<String, Object> yaml(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, Object> resourceYaml(String name) throws IOException {
        try (InputStream in = ComposeConsistencyTest.class.getClassLoader().getResourceAsStream(name)) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
