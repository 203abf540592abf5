package io.shopmind.gateway;

import io.shopmind.servicesupport.ServiceApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import io.shopmind.servicesupport.client.ServiceUrls;

/** The only public entrance to ShopMind: routes, the event log, aggregated health and API docs, the dashboard. */
@SpringBootApplication(excludeName = {
        // the gateway's schema (the event log) is plain JDBC; service-support brings JPA along for the services
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration"})
@ConfigurationPropertiesScan
@EnableConfigurationProperties(ServiceUrls.class)
public class GatewayApplication {

    public static final String NAME = "gateway";

    public static void main(String[] args) {
        ServiceApplication.builder(GatewayApplication.class, NAME).run(args);
    }
}
