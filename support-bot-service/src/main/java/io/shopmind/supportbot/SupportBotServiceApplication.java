package io.shopmind.supportbot;

import io.shopmind.model.service.ShopMindService;
import io.shopmind.servicesupport.ServiceApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Customer support: answers from intents and FAQ knowledge, the order read-model, and handoffs to humans. */
@SpringBootApplication
public class SupportBotServiceApplication {

    public static void main(String[] args) {
        ServiceApplication.builder(SupportBotServiceApplication.class, ShopMindService.SUPPORT).run(args);
    }
}
