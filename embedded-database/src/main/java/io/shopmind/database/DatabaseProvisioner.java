package io.shopmind.database;

import io.shopmind.model.service.ShopMindService;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Creates the ShopMind database, and in it one schema per service owned by that service's role, and the gateway's
 * schema (its event log) owned by the gateway's role. A role can use its own schema and nothing else: the database
 * is closed to PUBLIC, and no role is granted another's schema. Safe to run again on a provisioned database.
 */
public final class DatabaseProvisioner {

    /** The gateway's schema (the event log) and the role it connects as; the gateway is no domain service. */
    public static final String GATEWAY_SCHEMA = "gateway";
    public static final String GATEWAY_ROLE = "shopmind_gateway";

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private DatabaseProvisioner() {
    }

    /** Creates {@code database} if missing, using a connection to the server's maintenance database. */
    public static void createDatabase(DataSource maintenance, String database) throws SQLException {
        requireIdentifier(database);
        try (Connection connection = maintenance.getConnection(); Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + database);
            }
        }
    }

    /** Creates each service's and the gateway's role and schema in the database {@code admin} connects to. */
    public static void provisionServices(DataSource admin, String password) throws SQLException {
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            var current = statement.executeQuery("SELECT current_database()");
            current.next();
            String database = requireIdentifier(current.getString(1));
            statement.execute("REVOKE ALL ON DATABASE " + database + " FROM PUBLIC");
            Map<String, String> owners = new LinkedHashMap<>();
            for (ShopMindService service : ShopMindService.values()) {
                owners.put(service.databaseRole(), service.schema());
            }
            owners.put(GATEWAY_ROLE, GATEWAY_SCHEMA);
            for (Map.Entry<String, String> owner : owners.entrySet()) {
                String role = requireIdentifier(owner.getKey());
                String schema = requireIdentifier(owner.getValue());
                statement.execute("""
                        DO $$ BEGIN
                          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN
                            CREATE ROLE %1$s LOGIN;
                          END IF;
                        END $$""".formatted(role));
                statement.execute("ALTER ROLE " + role + " PASSWORD '" + password.replace("'", "''") + "'");
                statement.execute("ALTER ROLE " + role + " SET search_path = " + schema);
                statement.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + database + " TO " + role);
                statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema + " AUTHORIZATION " + role);
            }
        }
    }

    private static String requireIdentifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
        }
        return name;
    }
}
