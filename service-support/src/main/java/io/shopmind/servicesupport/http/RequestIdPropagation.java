package io.shopmind.servicesupport.http;

import java.io.IOException;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;

/** Passes the current request id on in every call a service makes to another, so one id follows a request. */
public class RequestIdPropagation implements ClientHttpRequestInterceptor, RestClientCustomizer {

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        String requestId = RequestIds.current();
        if (requestId != null && !request.getHeaders().containsHeader(RequestIds.HEADER)) {
            request.getHeaders().set(RequestIds.HEADER, requestId);
        }
        return execution.execute(request, body);
    }

    @Override
    public void customize(RestClient.Builder builder) {
        builder.requestInterceptor(this);
    }
}
