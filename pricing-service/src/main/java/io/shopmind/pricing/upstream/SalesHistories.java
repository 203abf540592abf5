package io.shopmind.pricing.upstream;

import io.shopmind.model.forecast.SalesHistory;
import io.shopmind.model.forecast.SalesHistoryQuery;
import io.shopmind.model.service.ShopMindService;
import io.shopmind.servicesupport.client.ServiceUrls;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sales with the price paid and promotion from forecast-service ({@code POST /api/v1/forecasts/history/query}), in
 * batches of {@link SalesHistoryQuery#MAX_SERIES}; a batch the service cannot answer falls back to the stored
 * copies, labelled as such.
 */
@Component
public class SalesHistories {

    static final String KIND = "sales-history";
    private static final ParameterizedTypeReference<List<SalesHistory>> HISTORIES = new ParameterizedTypeReference<>() {
    };

    private final RestClient forecast;
    private final StoredCopies copies;
    private final Clock clock;

    public SalesHistories(RestClient.Builder builder, ServiceUrls urls, UpstreamProperties properties,
            StoredCopies copies, Clock clock) {
        this.forecast = UpstreamClients.of(builder, urls, ShopMindService.FORECAST, properties);
        this.copies = copies;
        this.clock = clock;
    }

    public Map<String, Fetched<SalesHistory>> of(List<String> skus, LocalDate from) {
        Map<String, Fetched<SalesHistory>> result = new LinkedHashMap<>();
        for (int start = 0; start < skus.size(); start += SalesHistoryQuery.MAX_SERIES) {
            List<String> batch = skus.subList(start, Math.min(skus.size(), start + SalesHistoryQuery.MAX_SERIES));
            result.putAll(batch(batch, from));
        }
        return result;
    }

    private Map<String, Fetched<SalesHistory>> batch(List<String> skus, LocalDate from) {
        Map<String, Fetched<SalesHistory>> result = new HashMap<>();
        String reason;
        try {
            List<SalesHistory> live = forecast.post().uri("/api/v1/forecasts/history/query")
                    .contentType(MediaType.APPLICATION_JSON).body(new SalesHistoryQuery(new ArrayList<>(skus), from))
                    .retrieve().body(HISTORIES);
            Instant now = clock.instant();
            Map<String, SalesHistory> byId = new HashMap<>();
            for (SalesHistory history : live == null ? List.<SalesHistory>of() : live) {
                byId.put(history.seriesId(), history);
                result.put(history.seriesId(), new Fetched<>(history, Source.LIVE, now, null));
            }
            copies.store(KIND, byId, now);
            for (String sku : skus) {
                result.putIfAbsent(sku, new Fetched<>(null, Source.NONE, null, "forecast-service holds no sales of "
                        + sku));
            }
            return result;
        } catch (RestClientException e) {
            reason = "forecast-service unavailable (" + e.getMessage() + ")";
        }
        result.putAll(copies.load(KIND, skus, SalesHistory.class, reason));
        for (String sku : skus) {
            result.putIfAbsent(sku, new Fetched<>(null, Source.NONE, null, reason + "; no stored copy"));
        }
        return result;
    }
}
