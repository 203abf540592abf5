package io.shopmind.servicesupport.http;

import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.web.client.RestClient;

/**
 * Passes the current request id on in every call a service makes to another, so one id follows a request. The id
 * goes in as a default header when the call is built, on the caller's thread, rather than through an interceptor,
 * which would make the client buffer every request body in memory.
 */
public class RequestIdPropagation implements RestClientCustomizer {

    @Override
    public void customize(RestClient.Builder builder) {
        builder.defaultRequest(request -> {
            String requestId = RequestIds.current();
            if (requestId != null) {
                request.header(RequestIds.HEADER, requestId);
            }
        });
    }
}
