package io.shopmind.suite;

import io.shopmind.database.DatabaseProvisioner;
import io.shopmind.database.EmbeddedDatabase;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings the suite up: the database (embedded, or an existing one), then the apps. */
public final class SuiteLauncher {

    private static final Logger log = LoggerFactory.getLogger(SuiteLauncher.class);

    private SuiteLauncher() {
    }

    public static RunningSuite launch(SuiteOptions options) throws Exception {
        return launch(options, List.of());
    }

    /** With extra {@code key=value} settings for every app, e.g. {@code shopmind.events.log=kafka}. */
    public static RunningSuite launch(SuiteOptions options, List<String> properties) throws Exception {
        RunningSuite suite;
        if (options.externalJdbcUrl() != null) {
            provisionExternal(options);
            suite = new RunningSuite(options.basePort(), options.externalJdbcUrl(), options.servicePassword(), null,
                    properties);
        } else {
            log.info("Starting embedded PostgreSQL in {}{}", options.dataDirectory(), options.clean() ? " (clean)" : "");
            EmbeddedDatabase database = EmbeddedDatabase.start(options.dataDirectory(), options.databasePort(),
                    options.clean(), options.servicePassword());
            suite = new RunningSuite(options.basePort(), database.jdbcUrl(), options.servicePassword(), database,
                    properties);
        }
        try {
            suite.startAll();
        } catch (Exception e) {
            suite.close();
            throw e;
        }
        return suite;
    }

    private static void provisionExternal(SuiteOptions options) throws SQLException {
        if (options.adminUser() == null) {
            log.info("Using PostgreSQL at {}; its schemas and roles must exist (see deploy/postgres/init.sql)",
                    options.externalJdbcUrl());
            return;
        }
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(options.externalJdbcUrl());
        admin.setUser(options.adminUser());
        admin.setPassword(options.adminPassword());
        DatabaseProvisioner.provisionServices(admin, options.servicePassword());
    }
}
