package io.shopmind.servicesupport.config;

import io.shopmind.servicesupport.client.ServiceUrls;
import io.shopmind.servicesupport.job.JobController;
import io.shopmind.servicesupport.job.JobRepository;
import io.shopmind.servicesupport.job.JobRunner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every domain service has on top of the web edge: the job runner. On when the app is
 * one of the five services (see {@link ServiceDefaults}).
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration")
@ConditionalOnClass(JdbcTemplate.class)
@ConditionalOnProperty("shopmind.service.path-segment")
@Import(JobController.class)
@EnableConfigurationProperties(ServiceUrls.class)
public class DomainServiceAutoConfiguration {

    @Bean
    JobRepository jobRepository(JdbcTemplate jdbc) {
        return new JobRepository(jdbc);
    }

    @Bean(destroyMethod = "shutdown")
    JobRunner jobRunner(JobRepository jobs) {
        // jobs use the cores themselves (parallel fits); two at a time keep the service responsive
        ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "job");
            thread.setDaemon(true);
            return thread;
        });
        return new JobRunner(jobs, executor);
    }
}
