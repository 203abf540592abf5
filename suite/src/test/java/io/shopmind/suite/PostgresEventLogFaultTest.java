package io.shopmind.suite;

import org.junit.jupiter.api.BeforeAll;

/** The fault suite against the default log: a table in the gateway's schema. */
class PostgresEventLogFaultTest extends EventLogFaultTest {

    @BeforeAll
    static void startSuite() {
        suite = TestSuite.running();
    }

    @Override
    boolean logDropsRepeats() {
        return true;
    }

    @Override
    boolean appendsNeedTheDatabase() {
        return true;
    }
}
