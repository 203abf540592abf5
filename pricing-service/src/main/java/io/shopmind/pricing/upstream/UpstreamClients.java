package io.shopmind.pricing.upstream;

import io.shopmind.model.service.ShopMindService;
import io.shopmind.servicesupport.client.ServiceUrls;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** A client of one service from the auto-configured builder, with pricing's timeouts. */
final class UpstreamClients {

    private UpstreamClients() {
    }

    static RestClient of(RestClient.Builder builder, ServiceUrls urls, ShopMindService service,
            UpstreamProperties properties) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.connectTimeout());
        requests.setReadTimeout(properties.readTimeout());
        return builder.clone().baseUrl(urls.urlOf(service)).requestFactory(requests).build();
    }
}
