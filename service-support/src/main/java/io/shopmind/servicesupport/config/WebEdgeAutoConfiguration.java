package io.shopmind.servicesupport.config;

import io.shopmind.servicesupport.http.BodySizeLimitFilter;
import io.shopmind.servicesupport.http.JsonInputRules;
import io.shopmind.servicesupport.http.ParameterTextFilter;
import io.shopmind.servicesupport.http.PathVariableTextCheck;
import io.shopmind.servicesupport.http.ProblemErrorReportValve;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import io.shopmind.servicesupport.http.RequestIdFilter;
import io.shopmind.servicesupport.http.RequestIdPropagation;
import io.shopmind.servicesupport.problem.ProblemDetailsAdvice;
import io.shopmind.servicesupport.problem.ProblemErrorController;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP edge of every ShopMind app, gateway included: problem details, request ids, body limits, the
 * rules every JSON body and query parameter follows. */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(HttpLimitsProperties.class)
@Import({ProblemDetailsAdvice.class, ProblemErrorController.class})
public class WebEdgeAutoConfiguration {

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter(@Value("${spring.application.name:shopmind}") String name) {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter(name));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(HttpLimitsProperties limits, JsonMapper jsonMapper) {
        BodySizeLimitFilter filter = new BodySizeLimitFilter(limits.maxBodySize().toBytes(),
                limits.maxImportSize().toBytes(), limits.importPaths(), jsonMapper);
        FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ParameterTextFilter> parameterTextFilter(JsonMapper jsonMapper) {
        FilterRegistrationBean<ParameterTextFilter> registration =
                new FilterRegistrationBean<>(new ParameterTextFilter(jsonMapper));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    WebMvcConfigurer pathVariableTextCheck() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new PathVariableTextCheck());
            }
        };
    }

    /** Tomcat's own refusals (an undecodable URI) answer problems too, not Tomcat's HTML page. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    @Bean
    JsonInputRules jsonInputRules() {
        return new JsonInputRules();
    }

    @Bean
    RequestIdPropagation requestIdPropagation() {
        return new RequestIdPropagation();
    }
}
