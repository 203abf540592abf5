package io.shopmind.servicesupport.job;

import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Every domain service's job queue: its table, this instance's workers, the submitting side and the API. */
@AutoConfiguration(afterName = {"org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@ConditionalOnClass(JdbcTemplate.class)
@ConditionalOnProperty("shopmind.service.path-segment")
@EnableConfigurationProperties(JobProperties.class)
@Import(JobController.class)
public class JobConfiguration {

    @Bean
    JobRepository jobRepository(JdbcTemplate jdbc, JsonMapper json) {
        return new JobRepository(jdbc, json);
    }

    @Bean
    JobWorkers jobWorkers(JobRepository jobs, JsonMapper json, JobProperties properties,
            ObjectProvider<JobHandler<?>> handlers) {
        return new JobWorkers(jobs, json, properties, () -> handlers.orderedStream().toList());
    }

    @Bean
    Uploads uploads(@Value("${shopmind.jobs.upload-folder:${java.io.tmpdir}/shopmind-uploads}") Path folder) {
        return new Uploads(folder);
    }

    @Bean
    JobQueue jobQueue(JobRepository jobs, JsonMapper json, JobProperties properties, JobWorkers workers) {
        return new JobQueue(jobs, json, properties, workers::wake);
    }
}
