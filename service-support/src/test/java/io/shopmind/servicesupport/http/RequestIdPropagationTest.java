package io.shopmind.servicesupport.http;

import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.headerDoesNotExist;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class RequestIdPropagationTest {

    @Test
    void aCallCarriesTheRequestIdOfTheRequestBeingServed() {
        RestClient.Builder builder = RestClient.builder();
        new RequestIdPropagation().customize(builder);
        MockRestServiceServer server = MockRestServiceServer.bindTo(builder).build();
        server.expect(requestTo("http://forecast/api")).andExpect(header(RequestIds.HEADER, "req-7"))
                .andRespond(withSuccess());
        server.expect(requestTo("http://forecast/api")).andExpect(headerDoesNotExist(RequestIds.HEADER))
                .andRespond(withSuccess());
        RestClient client = builder.build();

        MDC.put(RequestIds.MDC_KEY, "req-7");
        try {
            client.get().uri("http://forecast/api").retrieve().toBodilessEntity();
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
        client.get().uri("http://forecast/api").retrieve().toBodilessEntity();

        server.verify();
    }
}
