package io.shopmind.servicesupport.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.shopmind.servicesupport.client.ServiceUrls;
import io.shopmind.servicesupport.event.EventHandler;
import io.shopmind.servicesupport.event.EventIntake;
import io.shopmind.servicesupport.event.EventIntakeController;
import io.shopmind.servicesupport.event.ProcessedEventStore;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every domain service has on top of the web edge: the event intake (the job queue is
 * {@link io.shopmind.servicesupport.job.JobConfiguration}). On when the app is
 * one of the five services (see {@link ServiceDefaults}).
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration")
@ConditionalOnClass(JdbcTemplate.class)
@ConditionalOnProperty("shopmind.service.path-segment")
@Import(EventIntakeController.class)
@EnableConfigurationProperties(ServiceUrls.class)
public class DomainServiceAutoConfiguration {

    @Bean
    ProcessedEventStore processedEventStore(JdbcTemplate jdbc) {
        return new ProcessedEventStore(jdbc);
    }

    @Bean
    EventIntake eventIntake(@Value("${spring.application.name}") String name, ProcessedEventStore store,
            List<EventHandler> handlers, MeterRegistry registry) {
        return new EventIntake(name, store, handlers, registry);
    }
}
