package io.shopmind.supportbot.action;

import io.shopmind.model.service.ShopMindService;
import io.shopmind.servicesupport.client.ServiceUrls;
import io.shopmind.supportbot.SupportProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** The three clients, each with the connect and read timeouts of {@code shopmind.support.calls}. */
@Configuration(proxyBeanMethods = false)
class ActionClientsConfiguration {

    @Bean
    InventoryClient inventoryClient(RestClient.Builder builder, ServiceUrls urls, SupportProperties properties) {
        return new InventoryClient(client(builder, urls, ShopMindService.INVENTORY, properties));
    }

    @Bean
    PricingClient pricingClient(RestClient.Builder builder, ServiceUrls urls, SupportProperties properties) {
        return new PricingClient(client(builder, urls, ShopMindService.PRICING, properties));
    }

    @Bean
    RecommendationClient recommendationClient(RestClient.Builder builder, ServiceUrls urls,
            SupportProperties properties) {
        return new RecommendationClient(client(builder, urls, ShopMindService.RECOMMENDATION, properties));
    }

    private static RestClient client(RestClient.Builder builder, ServiceUrls urls, ShopMindService service,
            SupportProperties properties) {
        return builder.clone()
                .baseUrl(urls.urlOf(service).toString())
                .requestFactory(ClientHttpRequestFactoryBuilder.jdk().build(HttpClientSettings.defaults()
                        .withConnectTimeout(properties.calls().connectTimeout())
                        .withReadTimeout(properties.calls().readTimeout())))
                .build();
    }
}
