package io.shopmind.gateway.events;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The event log chosen by {@code shopmind.events.log}, its lag metrics and health, and its payload schemas. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventLogProperties.class)
public class EventLogConfiguration {

    @Bean
    @ConditionalOnProperty(name = "shopmind.events.log", havingValue = "postgres", matchIfMissing = true)
    PostgresEventLog postgresEventLog(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            JsonMapper json, EventLogProperties properties) {
        return new PostgresEventLog(jdbc, new TransactionTemplate(transactionManager), json, properties.consumers());
    }

    @Bean
    @ConditionalOnProperty(name = "shopmind.events.log", havingValue = "postgres", matchIfMissing = true)
    EventLogRetention eventLogRetention(PostgresEventLog eventLog, EventLogProperties properties) {
        return new EventLogRetention(eventLog, properties);
    }

    @Bean
    ConsumerLagMetrics consumerLagMetrics(EventLog eventLog, EventLogProperties properties, MeterRegistry registry) {
        return new ConsumerLagMetrics(eventLog, properties, registry);
    }

    @Bean
    CompositeHealthContributor eventConsumers(ConsumerLagMetrics metrics, EventLogProperties properties) {
        return metrics.health(properties);
    }

    @Bean
    EventPayloadSchemas eventPayloadSchemas() {
        return new EventPayloadSchemas();
    }
}
