package io.shopmind.pricing;

import io.shopmind.model.service.ShopMindService;
import io.shopmind.servicesupport.ServiceApplication;
import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Prices: the price book, costs, competitor prices, elasticities, proposals and experiments. */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class PricingServiceApplication {

    public static void main(String[] args) {
        ServiceApplication.builder(PricingServiceApplication.class, ShopMindService.PRICING).run(args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
