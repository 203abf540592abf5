package io.shopmind.suite;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The fault suite against the Kafka log, on an in-JVM KRaft broker: the gateway produces to one topic of three
 * partitions, each service reads it as its own consumer group.
 */
class KafkaEventLogFaultTest extends EventLogFaultTest {

    private static EmbeddedKafkaKraftBroker broker;

    @BeforeAll
    static void startSuite() {
        broker = new EmbeddedKafkaKraftBroker(1, 3, "shopmind-events");
        broker.afterPropertiesSet();
        suite = TestSuite.running(List.of("shopmind.events.log=kafka",
                "shopmind.events.kafka.bootstrap-servers=" + broker.getBrokersAsString()));
    }

    @AfterAll
    static void stopSuite() {
        TestSuite.stop();
        broker.destroy();
    }

    @Override
    boolean logDropsRepeats() {
        return false;
    }

    @Override
    boolean appendsNeedTheDatabase() {
        return false;
    }
}
