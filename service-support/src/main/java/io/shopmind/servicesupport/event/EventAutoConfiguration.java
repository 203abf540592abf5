package io.shopmind.servicesupport.event;

import io.micrometer.core.instrument.MeterRegistry;
import io.shopmind.servicesupport.client.ServiceUrls;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events in every app: the contract check of a batch (the gateway's intake and each service's own), and in the five
 * services the intake, its dead letters and the reader of the gateway's log.
 */
@AutoConfiguration(afterName = {"org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(EventValidationProperties.class)
@Import(InvalidEventsAdvice.class)
public class EventAutoConfiguration {

    @Bean
    EventValidator eventValidator(JsonMapper json, Validator validator, EventValidationProperties window) {
        return new EventValidator(json, validator, window, Clock.systemUTC());
    }

    /** What each of the five services has: on when the app is one of them. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JdbcTemplate.class)
    @ConditionalOnProperty("shopmind.service.path-segment")
    @Import({EventIntakeController.class, DeadLetterController.class})
    @EnableConfigurationProperties({EventFeedProperties.class, KafkaEvents.class, ServiceUrls.class})
    static class ServiceEvents {

        @Bean
        ProcessedEventStore processedEventStore(JdbcTemplate jdbc) {
            return new ProcessedEventStore(jdbc);
        }

        @Bean
        DeadLetterStore deadLetterStore(JdbcTemplate jdbc, JsonMapper json) {
            return new DeadLetterStore(jdbc, json);
        }

        @Bean
        EventLogPositionStore eventLogPositionStore(JdbcTemplate jdbc) {
            return new EventLogPositionStore(jdbc);
        }

        @Bean
        EventIntake eventIntake(@Value("${spring.application.name}") String name, ProcessedEventStore store,
                DeadLetterStore deadLetters, EventLogPositionStore positions, List<EventHandler> handlers,
                PlatformTransactionManager transactionManager, MeterRegistry registry) {
            return new EventIntake(name, store, deadLetters, positions, handlers,
                    new TransactionTemplate(transactionManager), registry);
        }

        @Bean
        @ConditionalOnProperty(name = "shopmind.events.feed.enabled", matchIfMissing = true)
        @ConditionalOnProperty(name = "shopmind.events.log", havingValue = "postgres", matchIfMissing = true)
        EventFeedConsumer eventFeedConsumer(@Value("${spring.application.name}") String name,
                RestClient.Builder builder, ServiceUrls urls, EventIntake intake, EventLogPositionStore positions,
                EventFeedProperties properties) {
            return new EventFeedConsumer(name, new EventFeedClient(builder.build(), urls.gatewayUrl()), intake,
                    positions, properties);
        }

        @Bean
        @ConditionalOnProperty(name = "shopmind.events.feed.enabled", matchIfMissing = true)
        @ConditionalOnProperty(name = "shopmind.events.log", havingValue = "kafka")
        KafkaEventConsumer kafkaEventConsumer(@Value("${spring.application.name}") String name, KafkaEvents kafka,
                EventFeedProperties properties, EventIntake intake, JsonMapper json) {
            return new KafkaEventConsumer(name, kafka, properties, intake, json);
        }
    }
}
