package io.shopmind.inventory;

import io.shopmind.model.service.ShopMindService;
import io.shopmind.servicesupport.ServiceApplication;
import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Stock positions and replenishment plans: what runs out, and what to order today. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InventoryServiceApplication {

    public static void main(String[] args) {
        ServiceApplication.builder(InventoryServiceApplication.class, ShopMindService.INVENTORY).run(args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
