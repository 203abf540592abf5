package io.shopmind.inventory.forecastclient;

import io.shopmind.model.forecast.LeadTimeDemandQuery;
import io.shopmind.model.forecast.LeadTimeForecast;
import io.shopmind.model.forecast.SeriesForecast;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Reads a SKU's current forecast from forecast-service ({@code GET /api/v1/forecasts/series/{sku}/forecast}) with
 * connect and read timeouts behind a {@link CircuitBreaker}. A 404 means the service is up but has no forecast for
 * the SKU; anything else that is not a forecast counts as the service being unavailable.
 */
public class ForecastClient {

    private final RestClient rest;
    private final RestClient batchRest;
    private final CircuitBreaker breaker;
    private final URI baseUrl;

    public ForecastClient(RestClient.Builder builder, URI baseUrl, ForecastClientProperties properties) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.connectTimeout());
        requests.setReadTimeout(properties.readTimeout());
        this.rest = builder.clone().baseUrl(baseUrl).requestFactory(requests).build();
        SimpleClientHttpRequestFactory batchRequests = new SimpleClientHttpRequestFactory();
        batchRequests.setConnectTimeout(properties.connectTimeout());
        batchRequests.setReadTimeout(properties.batchReadTimeout());
        this.batchRest = builder.clone().baseUrl(baseUrl).requestFactory(batchRequests).build();
        this.breaker = new CircuitBreaker(properties.failureThreshold(), properties.coolDown(), System::nanoTime);
        this.baseUrl = baseUrl;
    }

    /** The SKU's forecast, or empty when forecast-service has none for it. */
    public Optional<SeriesForecast> forecastOf(String sku) throws ForecastUnavailableException {
        if (!breaker.tryAcquire()) {
            throw new ForecastUnavailableException("circuit open after repeated failures of " + baseUrl, null);
        }
        try {
            SeriesForecast forecast = rest.get().uri("/api/v1/forecasts/series/{sku}/forecast", sku)
                    .retrieve().body(SeriesForecast.class);
            breaker.onSuccess();
            if (forecast == null || forecast.points() == null || forecast.points().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(forecast);
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatusCode.valueOf(404))) {
                breaker.onSuccess();
                return Optional.empty();
            }
            breaker.onFailure();
            throw new ForecastUnavailableException("forecast-service answered " + e.getStatusCode().value(), e);
        } catch (RestClientException e) {
            breaker.onFailure();
            throw new ForecastUnavailableException("forecast-service unavailable: " + e.getMessage(), e);
        }
    }

    /**
     * Many SKUs' forecasts with their lead-time demand in one call
     * ({@code POST /api/v1/forecasts/lead-time-demand}, at most {@link LeadTimeDemandQuery#MAX_SERIES} SKUs), behind
     * the same breaker as single forecasts, with the longer read timeout of a batch.
     */
    public LeadTimeForecast leadTimeForecasts(List<LeadTimeDemandQuery.Item> items) throws ForecastUnavailableException {
        if (!breaker.tryAcquire()) {
            throw new ForecastUnavailableException("circuit open after repeated failures of " + baseUrl, null);
        }
        try {
            LeadTimeForecast answer = batchRest.post().uri("/api/v1/forecasts/lead-time-demand")
                    .body(new LeadTimeDemandQuery(items)).retrieve().body(LeadTimeForecast.class);
            if (answer == null || answer.forecasts() == null || answer.missing() == null) {
                throw new RestClientException("forecast-service sent no lead-time demand");
            }
            breaker.onSuccess();
            return answer;
        } catch (HttpClientErrorException e) {
            breaker.onFailure();
            throw new ForecastUnavailableException("forecast-service answered " + e.getStatusCode().value(), e);
        } catch (RestClientException e) {
            breaker.onFailure();
            throw new ForecastUnavailableException("forecast-service unavailable: " + e.getMessage(), e);
        }
    }

    public CircuitBreaker.State circuitState() {
        return breaker.state();
    }
}
