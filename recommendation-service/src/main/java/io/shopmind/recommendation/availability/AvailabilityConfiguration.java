package io.shopmind.recommendation.availability;

import io.micrometer.core.instrument.MeterRegistry;
import io.shopmind.model.service.ShopMindService;
import io.shopmind.servicesupport.client.ServiceUrls;
import java.time.Clock;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class AvailabilityConfiguration {

    @Bean
    InventoryAvailability inventoryAvailability(RestClient.Builder builder, ServiceUrls urls,
            AvailabilityProperties properties, MeterRegistry registry) {
        RestClient client = builder.clone()
                .baseUrl(urls.urlOf(ShopMindService.INVENTORY).toString())
                .requestFactory(ClientHttpRequestFactoryBuilder.jdk().build(HttpClientSettings.defaults()
                        .withConnectTimeout(properties.connectTimeout()).withReadTimeout(properties.readTimeout())))
                .build();
        return new InventoryAvailability(client, properties.cacheTtl(), Clock.systemUTC(), registry);
    }
}
