package io.shopmind.pricing.outbox;

import io.shopmind.model.event.EventBatch;
import io.shopmind.servicesupport.client.ServiceUrls;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends the outbox to the gateway's {@code POST /api/v1/events} in the storefront's batch format, in the order the
 * changes were made, and marks a batch sent once the gateway accepted it (202). A refused or unanswered batch is
 * tried again later; events carry their id, so a batch the gateway took but whose answer was lost is deduplicated.
 */
@Component
public class OutboxPublisher {

    private static final Logger log = LoggerFactory.getLogger(OutboxPublisher.class);

    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final RestClient gateway;
    private final int batchSize;

    public OutboxPublisher(Outbox outbox, TransactionTemplate transactions, RestClient.Builder builder,
            OutboxProperties properties, ServiceUrls services) {
        this.outbox = outbox;
        this.transactions = transactions;
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.connectTimeout());
        requests.setReadTimeout(properties.readTimeout());
        this.gateway = builder.clone().baseUrl(services.gatewayUrl()).requestFactory(requests).build();
        this.batchSize = properties.batchSize();
    }

    @Scheduled(fixedDelayString = "${shopmind.pricing.outbox.interval:1s}")
    public void publishDue() {
        int sent;
        do {
            sent = publishBatch();
        } while (sent == batchSize);
    }

    /** Sends one batch of due events; returns how many were accepted. */
    int publishBatch() {
        Integer sent = transactions.execute(status -> {
            List<Outbox.Pending> due = outbox.lockDue(batchSize);
            if (due.isEmpty()) {
                return 0;
            }
            List<Long> ids = due.stream().map(Outbox.Pending::id).toList();
            try {
                gateway.post().uri("/api/v1/events").contentType(MediaType.APPLICATION_JSON)
                        .body(new EventBatch(due.stream().map(Outbox.Pending::event).toList()))
                        .retrieve().toBodilessEntity();
                outbox.markSent(ids);
                return ids.size();
            } catch (RestClientException e) {
                log.warn("Gateway did not accept {} price event(s); will retry: {}", ids.size(), e.getMessage());
                outbox.markFailed(ids, e.getMessage());
                return 0;
            }
        });
        return sent == null ? 0 : sent;
    }
}
