package io.shopmind.recommendation;

import io.shopmind.model.service.ShopMindService;
import io.shopmind.servicesupport.ServiceApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Recommendations for the storefront: learns from views, carts and purchases, and ranks the catalogue per shopper. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class RecommendationServiceApplication {

    public static void main(String[] args) {
        ServiceApplication.builder(RecommendationServiceApplication.class, ShopMindService.RECOMMENDATION).run(args);
    }
}
