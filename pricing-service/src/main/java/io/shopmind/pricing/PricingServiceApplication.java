package io.shopmind.pricing;

import io.shopmind.model.service.ShopMindService;
import io.shopmind.servicesupport.ServiceApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Prices: the price book, costs, competitor prices, elasticities, proposals and experiments. */
@SpringBootApplication
public class PricingServiceApplication {

    public static void main(String[] args) {
        ServiceApplication.builder(PricingServiceApplication.class, ShopMindService.PRICING).run(args);
    }
}
