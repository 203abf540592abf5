package io.shopmind.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopmind.model.service.ShopMindService;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchemaIsolationTest {

    private static final EmbeddedDatabase database = EmbeddedDatabase.shared();

    @BeforeAll
    static void everyServiceOwnsATable() throws SQLException {
        for (ShopMindService service : ShopMindService.values()) {
            try (Connection connection = database.serviceDataSource(service).getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS isolation_probe (id int)");
                statement.execute("INSERT INTO isolation_probe VALUES (1)");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ShopMindService.class)
    void aRoleUsesItsOwnSchemaByDefault(ShopMindService service) throws SQLException {
        try (Connection connection = database.serviceDataSource(service).getConnection();
                Statement statement = connection.createStatement()) {
            var rs = statement.executeQuery("SELECT current_schema(), count(*) FROM isolation_probe");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(service.schema());
            assertThat(rs.getLong(2)).isPositive();
        }
    }

    @ParameterizedTest
    @EnumSource(ShopMindService.class)
    void aRoleCannotReadOrWriteAnotherServicesSchema(ShopMindService service) throws SQLException {
        for (ShopMindService other : ShopMindService.values()) {
            if (other == service) {
                continue;
            }
            try (Connection connection = database.serviceDataSource(service).getConnection();
                    Statement statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM " + other.schema() + ".isolation_probe"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied for schema " + other.schema());
                assertThatThrownBy(() -> statement.execute("CREATE TABLE " + other.schema() + ".intruder (id int)"))
                        .hasMessageContaining("permission denied for schema " + other.schema());
            }
        }
    }

    @Test
    void provisioningTwiceChangesNothing() throws SQLException {
        DatabaseProvisioner.provisionServices(database.adminDataSource(), database.servicePassword());
        try (Connection connection = database.adminDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            var rs = statement.executeQuery("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'shopmind\\_%'");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(ShopMindService.values().length + 1);
        }
    }

    @Test
    void theGatewayOwnsItsSchemaAloneAndReadsNoServicesTables() throws SQLException {
        try (Connection connection = database.gatewayDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS isolation_probe (id int)");
            var rs = statement.executeQuery("SELECT current_schema()");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(DatabaseProvisioner.GATEWAY_SCHEMA);
            assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM inventory.isolation_probe"))
                    .hasMessageContaining("permission denied for schema inventory");
        }
        try (Connection connection = database.serviceDataSource(ShopMindService.INVENTORY).getConnection();
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM gateway.isolation_probe"))
                    .hasMessageContaining("permission denied for schema gateway");
        }
    }
}
