package io.shopmind.gateway.events;

import io.micrometer.core.instrument.MeterRegistry;
import io.shopmind.servicesupport.event.KafkaEvents;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
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

    /** The Kafka log: an idempotent producer with acks=all, and an admin client for the topic and the lag. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "shopmind.events.log", havingValue = "kafka")
    @EnableConfigurationProperties(KafkaEvents.class)
    static class KafkaLog {

        @Bean(destroyMethod = "close")
        Admin eventLogAdmin(KafkaEvents kafka) throws InterruptedException, ExecutionException {
            Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
            try {
                admin.createTopics(List.of(new NewTopic(kafka.topic(), kafka.partitions(), kafka.replicas())))
                        .all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    admin.close();
                    throw e;
                }
            }
            return admin;
        }

        @Bean
        KafkaTemplate<String, String> eventLogProducer(KafkaEvents kafka) {
            Map<String, Object> config = Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.LINGER_MS_CONFIG, 5,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) kafka.sendTimeout().toMillis(),
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(kafka.sendTimeout().toMillis(), 5_000));
            return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config, new StringSerializer(),
                    new StringSerializer()));
        }

        @Bean
        KafkaEventLog kafkaEventLog(KafkaTemplate<String, String> eventLogProducer, Admin eventLogAdmin,
                KafkaEvents kafka, EventLogProperties properties, JsonMapper json) {
            return new KafkaEventLog(eventLogProducer, eventLogAdmin, kafka.topic(), properties.consumers(), json,
                    kafka.sendTimeout());
        }
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
