package io.shopmind.inventory;

import io.shopmind.model.service.ShopMindService;
import io.shopmind.servicesupport.ServiceApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Stock positions and replenishment plans: what runs out, and what to order today. */
@SpringBootApplication
public class InventoryServiceApplication {

    public static void main(String[] args) {
        ServiceApplication.builder(InventoryServiceApplication.class, ShopMindService.INVENTORY).run(args);
    }
}
