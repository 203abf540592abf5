package io.shopmind.servicesupport.event;

import io.shopmind.model.event.EventFeedPage;
import java.net.URI;
import org.springframework.web.client.RestClient;

/** Reads the gateway's event feed: {@code GET /internal/v1/events?consumer=&after=&limit=&waitMillis=}. */
public class EventFeedClient {

    private final RestClient client;
    private final URI gateway;

    public EventFeedClient(RestClient client, URI gateway) {
        this.client = client;
        this.gateway = gateway;
    }

    /** The events after {@code position}; the gateway takes {@code after} as the consumer's committed position. */
    public EventFeedPage read(String consumer, long after, int limit, long waitMillis) {
        return client.get()
                .uri(gateway.resolve("/internal/v1/events") + "?consumer={consumer}&after={after}&limit={limit}"
                        + "&waitMillis={wait}", consumer, after, limit, waitMillis)
                .retrieve()
                .body(EventFeedPage.class);
    }
}
