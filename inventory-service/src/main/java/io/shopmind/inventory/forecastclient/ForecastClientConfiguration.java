package io.shopmind.inventory.forecastclient;

import io.shopmind.model.service.ShopMindService;
import io.shopmind.servicesupport.client.ServiceUrls;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class ForecastClientConfiguration {

    @Bean
    ForecastClient forecastClient(RestClient.Builder builder, ServiceUrls urls, ForecastClientProperties properties) {
        return new ForecastClient(builder, urls.urlOf(ShopMindService.FORECAST), properties);
    }
}
