package io.shopmind.suite;

import java.nio.file.Path;
import java.util.Map;

/**
 * How to run the suite.
 *
 * @param basePort        the gateway's port; the services take the next five
 * @param dataDirectory   where the embedded PostgreSQL keeps its data between runs
 * @param clean           start with an empty database
 * @param databasePort    the embedded PostgreSQL's port (0 picks a free one)
 * @param externalJdbcUrl an existing PostgreSQL's ShopMind database instead of the embedded one, or null
 * @param adminUser       a user of the existing PostgreSQL allowed to create roles and schemas, or null if they exist
 * @param adminPassword   that user's password
 * @param servicePassword the password of the services' roles
 * @param demo            load the demo shop after start
 * @param demoDays        days of history the demo shop's twin simulates
 */
public record SuiteOptions(int basePort, Path dataDirectory, boolean clean, int databasePort, String externalJdbcUrl,
        String adminUser, String adminPassword, String servicePassword, boolean demo, int demoDays) {

    /** A year: enough for yearly seasonality in the forecasts and a full season of recommendations. */
    public static final int DEMO_DAYS = 365;

    static final String USAGE = """
            Usage: ./shopmind [--clean] [--no-demo] [--demo-days N] [--port N] [--data-dir DIR] [--db-port N]
              --clean         start with an empty database
              --no-demo       do not load the demo shop
              --demo-days N   days of history in the demo shop (default 365, 30 to 730)
              --port N        gateway port (default 8080); the services take the next five
              --data-dir DIR  embedded PostgreSQL data (default ~/.shopmind/pgdata, or SHOPMIND_DATA_DIR)
              --db-port N     embedded PostgreSQL port (default 54329)
            Environment: SHOPMIND_DB_URL (with SHOPMIND_DB_USER, SHOPMIND_DB_PASSWORD) uses an existing PostgreSQL;
            SHOPMIND_DB_SERVICE_PASSWORD sets the services' role password (default shopmind).""";

    public static SuiteOptions parse(String[] args, Map<String, String> environment) {
        int basePort = 8080;
        int databasePort = 54329;
        boolean clean = false;
        boolean demo = true;
        int demoDays = DEMO_DAYS;
        Path dataDirectory = environment.containsKey("SHOPMIND_DATA_DIR")
                ? Path.of(environment.get("SHOPMIND_DATA_DIR"))
                : Path.of(System.getProperty("user.home"), ".shopmind", "pgdata");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help" -> throw new HelpRequested();
                case "--clean" -> clean = true;
                case "--no-demo" -> demo = false;
                case "--demo-days" -> demoDays = demoDays(value(args, ++i));
                case "--port" -> basePort = Integer.parseInt(value(args, ++i));
                case "--db-port" -> databasePort = Integer.parseInt(value(args, ++i));
                case "--data-dir" -> dataDirectory = Path.of(value(args, ++i));
                default -> throw new IllegalArgumentException("Unknown option " + args[i] + "\n" + USAGE);
            }
        }
        return new SuiteOptions(basePort, dataDirectory, clean, databasePort, environment.get("SHOPMIND_DB_URL"),
                environment.get("SHOPMIND_DB_USER"), environment.getOrDefault("SHOPMIND_DB_PASSWORD", ""),
                environment.getOrDefault("SHOPMIND_DB_SERVICE_PASSWORD", "shopmind"), demo, demoDays);
    }

    /** {@code --help}: print the usage and stop. */
    static final class HelpRequested extends RuntimeException {
        HelpRequested() {
            super(USAGE, null, false, false);
        }
    }

    private static int demoDays(String raw) {
        try {
            int days = Integer.parseInt(raw);
            if (days >= 30 && days <= 730) {
                return days;
            }
        } catch (NumberFormatException e) {
            // the message below says what is wanted
        }
        throw new IllegalArgumentException("--demo-days must be a whole number from 30 to 730, not " + raw);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value\n" + USAGE);
        }
        return args[i];
    }
}
