package io.shopmind.gateway.events;

import io.shopmind.gateway.routing.GatewayTimeouts;
import io.shopmind.servicesupport.client.ServiceUrls;
import io.shopmind.model.service.ShopMindService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class EventFanOutConfiguration {

    @Bean(destroyMethod = "shutdown")
    ExecutorService eventFanOutExecutor() {
        AtomicInteger count = new AtomicInteger();
        // one thread per service for each of a few concurrent batches
        return Executors.newFixedThreadPool(ShopMindService.values().length * 4, runnable -> {
            Thread thread = new Thread(runnable, "event-fan-out-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    EventFanOut eventFanOut(RestClient.Builder builder, ServiceUrls endpoints, GatewayTimeouts timeouts,
            ExecutorService eventFanOutExecutor) {
        return new EventFanOut(builder.build(), endpoints, timeouts.fanOut(), eventFanOutExecutor);
    }
}
