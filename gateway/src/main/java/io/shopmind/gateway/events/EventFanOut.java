package io.shopmind.gateway.events;

import io.shopmind.servicesupport.client.ServiceUrls;
import io.shopmind.model.event.EventBatch;
import io.shopmind.model.event.EventBatchReceipt;
import io.shopmind.model.service.ShopMindService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Delivers one event batch to every service's event intake in parallel and reports, per service, whether it
 * accepted. Services deduplicate by event id, so delivering a batch again after a partial failure is safe.
 */
public class EventFanOut {

    private static final Logger log = LoggerFactory.getLogger(EventFanOut.class);

    private final RestClient client;
    private final ServiceUrls endpoints;
    private final Duration timeout;
    private final ExecutorService executor;

    public EventFanOut(RestClient client, ServiceUrls endpoints, Duration timeout, ExecutorService executor) {
        this.client = client;
        this.endpoints = endpoints;
        this.timeout = timeout;
        this.executor = executor;
    }

    public FanOutResult deliver(EventBatch batch) {
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        Map<ShopMindService, CompletableFuture<EventBatchReceipt>> calls = new EnumMap<>(ShopMindService.class);
        for (ShopMindService service : ShopMindService.values()) {
            calls.put(service, CompletableFuture.supplyAsync(() -> {
                if (logContext != null) {
                    MDC.setContextMap(logContext);
                }
                try {
                    return deliverTo(service, batch);
                } finally {
                    MDC.clear();
                }
            }, executor));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        List<EventBatchReceipt> accepted = new ArrayList<>();
        List<DeliveryFailure> failed = new ArrayList<>();
        calls.forEach((service, call) -> {
            try {
                accepted.add(call.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            } catch (TimeoutException e) {
                call.cancel(true);
                failed.add(new DeliveryFailure(service.applicationName(), null, "no answer within "
                        + timeout.toMillis() + " ms"));
            } catch (ExecutionException e) {
                failed.add(failure(service, e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed.add(new DeliveryFailure(service.applicationName(), null, "interrupted"));
            }
        });
        if (!failed.isEmpty()) {
            log.warn("Event batch of {} not accepted by {}", batch.events().size(), failed);
        }
        return new FanOutResult(batch.events().size(), accepted, failed);
    }

    private EventBatchReceipt deliverTo(ShopMindService service, EventBatch batch) {
        return client.post()
                .uri(endpoints.urlOf(service).resolve(service.eventsPath()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(batch)
                .retrieve()
                .body(EventBatchReceipt.class);
    }

    private static DeliveryFailure failure(ShopMindService service, Throwable cause) {
        if (cause instanceof RestClientResponseException response) {
            return new DeliveryFailure(service.applicationName(), response.getStatusCode().value(),
                    response.getStatusText());
        }
        return new DeliveryFailure(service.applicationName(), null,
                cause == null ? "unknown error" : cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }

    /** Why one service did not accept a batch: its HTTP status if it answered, and a reason. */
    public record DeliveryFailure(String service, Integer status, String reason) {
    }

    /** The outcome of one delivery: every service's receipt, or why it failed. */
    public record FanOutResult(int events, List<EventBatchReceipt> accepted, List<DeliveryFailure> failed) {

        public boolean allAccepted() {
            return failed.isEmpty();
        }
    }
}
