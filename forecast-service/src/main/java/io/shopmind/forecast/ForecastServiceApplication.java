package io.shopmind.forecast;

import io.shopmind.model.service.ShopMindService;
import io.shopmind.servicesupport.ServiceApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Demand forecasts per SKU with honest uncertainty, from the shop's sales history. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ForecastServiceApplication {

    public static void main(String[] args) {
        ServiceApplication.builder(ForecastServiceApplication.class, ShopMindService.FORECAST).run(args);
    }
}
