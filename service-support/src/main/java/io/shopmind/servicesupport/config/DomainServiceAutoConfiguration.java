package io.shopmind.servicesupport.config;

import io.shopmind.servicesupport.client.ServiceUrls;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every domain service has on top of the web edge: where the other services are. The event intake
 * ({@link io.shopmind.servicesupport.event.EventAutoConfiguration}) and the job queue
 * ({@link io.shopmind.servicesupport.job.JobConfiguration}) configure themselves. On when the app is one of the five
 * services (see {@link ServiceDefaults}).
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration")
@ConditionalOnClass(JdbcTemplate.class)
@ConditionalOnProperty("shopmind.service.path-segment")
@EnableConfigurationProperties(ServiceUrls.class)
public class DomainServiceAutoConfiguration {
}
