package io.shopmind.inventory.forecastclient;

import io.shopmind.inventory.replenishment.ForecastDemand;
import io.shopmind.inventory.safetystock.DemandQuantiles;
import io.shopmind.model.forecast.ForecastPoint;
import io.shopmind.model.forecast.Interval;
import io.shopmind.model.forecast.LeadTimeDemand;
import io.shopmind.model.forecast.LeadTimeDemandQuery;
import io.shopmind.model.forecast.LeadTimeForecast;
import io.shopmind.model.forecast.SeriesForecast;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A SKU's forecast for planning: live from forecast-service when it answers (and then stored), else the last stored
 * one, else none; the result says which.
 */
@Service
public class DemandForecasts {

    private static final Logger log = LoggerFactory.getLogger(DemandForecasts.class);

    private final ForecastClient client;
    private final StoredForecastRepository stored;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public DemandForecasts(ForecastClient client, StoredForecastRepository stored, JsonMapper json,
            TransactionTemplate transactions, Clock clock) {
        this.client = client;
        this.stored = stored;
        this.json = json;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ForecastUse forecastFor(String sku) {
        String reason;
        try {
            Optional<SeriesForecast> live = client.forecastOf(sku);
            if (live.isPresent()) {
                store(sku, live.get());
                return new ForecastUse(ForecastSource.LIVE, live.get(), null, null);
            }
            reason = "forecast-service has no forecast for " + sku;
        } catch (ForecastUnavailableException e) {
            reason = e.getMessage();
        }
        Optional<StoredForecast> last = stored.findById(sku);
        if (last.isPresent()) {
            SeriesForecast forecast = json.readValue(last.get().forecast(), SeriesForecast.class);
            return new ForecastUse(ForecastSource.CACHED, forecast,
                    reason + "; using the forecast stored at " + last.get().fetchedAt().truncatedTo(ChronoUnit.SECONDS),
                    null);
        }
        log.debug("No forecast for {}: {}", sku, reason);
        return new ForecastUse(ForecastSource.NONE, null, reason + "; no stored forecast", null);
    }

    /** Keeps the forecast as the SKU's last good one. */
    public void store(String sku, SeriesForecast forecast) {
        String body = json.writeValueAsString(forecast);
        transactions.executeWithoutResult(status -> {
            StoredForecast row = stored.findById(sku).orElseGet(() -> new StoredForecast(sku));
            row.update(forecast.model(), body, null, forecast.createdAt(), clock.instant());
            stored.save(row);
        });
    }

    /**
     * SKUs per batch call: a quarter of what forecast-service takes, so each call stays well within its read timeout
     * on busy cores (a plan of 10,000 SKUs makes 40 calls).
     */
    static final int BATCH = LeadTimeDemandQuery.MAX_SERIES / 4;

    /** A SKU whose forecast planning wants, with the lead time its lead-time demand is wanted for. */
    public record Wanted(String sku, double leadTimeDays, double leadTimeSdDays) {
    }

    /**
     * Many SKUs' forecasts with their lead-time demand: read from forecast-service in batches of {@link #BATCH},
     * each batch's answers stored in one transaction; a SKU the service has
     * no forecast for, or every SKU of a batch it could not answer, falls back to its stored forecast, else none.
     *
     * @param progress hears the SKUs done so far after each batch
     */
    public Map<String, ForecastUse> forecastsFor(List<Wanted> wanted, IntConsumer progress) {
        Map<String, ForecastUse> uses = new HashMap<>(wanted.size() * 2);
        int batch = BATCH;
        for (int from = 0; from < wanted.size(); from += batch) {
            List<Wanted> part = wanted.subList(from, Math.min(wanted.size(), from + batch));
            Map<String, String> unanswered = new LinkedHashMap<>();
            try {
                LeadTimeForecast answer = client.leadTimeForecasts(part.stream()
                        .map(w -> new LeadTimeDemandQuery.Item(w.sku(), w.leadTimeDays(), w.leadTimeSdDays()))
                        .toList());
                storeAll(answer.forecasts());
                for (LeadTimeForecast.Entry entry : answer.forecasts()) {
                    uses.put(entry.forecast().seriesId(), new ForecastUse(ForecastSource.LIVE, entry.forecast(), null,
                            entry.leadTimeDemand()));
                }
                for (String sku : answer.missing()) {
                    unanswered.put(sku, "forecast-service has no forecast for " + sku);
                }
            } catch (ForecastUnavailableException e) {
                part.forEach(w -> unanswered.put(w.sku(), e.getMessage()));
            }
            if (!unanswered.isEmpty()) {
                Map<String, StoredForecast> last = new HashMap<>();
                stored.findAllById(unanswered.keySet()).forEach(row -> last.put(row.sku(), row));
                for (Wanted w : part) {
                    String reason = unanswered.get(w.sku());
                    if (reason != null) {
                        uses.put(w.sku(), fallback(w, reason, last.get(w.sku())));
                    }
                }
            }
            progress.accept(from + part.size());
        }
        return uses;
    }

    private void storeAll(List<LeadTimeForecast.Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            Map<String, StoredForecast> rows = new HashMap<>();
            stored.findAllById(entries.stream().map(e -> e.forecast().seriesId()).toList())
                    .forEach(row -> rows.put(row.sku(), row));
            for (LeadTimeForecast.Entry entry : entries) {
                SeriesForecast forecast = entry.forecast();
                StoredForecast row = rows.computeIfAbsent(forecast.seriesId(), StoredForecast::new);
                row.update(forecast.model(), json.writeValueAsString(forecast),
                        json.writeValueAsString(entry.leadTimeDemand()), forecast.createdAt(), clock.instant());
            }
            stored.saveAll(rows.values());
        });
    }

    /** The stored forecast, with its lead-time demand when that was for the lead time wanted now. */
    private ForecastUse fallback(Wanted wanted, String reason, StoredForecast last) {
        if (last == null) {
            log.debug("No forecast for {}: {}", wanted.sku(), reason);
            return new ForecastUse(ForecastSource.NONE, null, reason + "; no stored forecast", null);
        }
        SeriesForecast forecast = json.readValue(last.forecast(), SeriesForecast.class);
        LeadTimeDemand demand = last.leadTimeDemand() == null ? null
                : json.readValue(last.leadTimeDemand(), LeadTimeDemand.class);
        boolean sameLeadTime = demand != null && demand.leadTimeDays() == wanted.leadTimeDays()
                && demand.leadTimeSdDays() == wanted.leadTimeSdDays();
        return new ForecastUse(ForecastSource.CACHED, forecast, reason + "; using the forecast stored at "
                + last.fetchedAt().truncatedTo(ChronoUnit.SECONDS), sameLeadTime ? demand : null);
    }

    /** The forecast's lead-time demand as quantiles, or null when it came without one. */
    public static DemandQuantiles quantilesOf(ForecastUse use) {
        LeadTimeDemand demand = use.leadTimeDemand();
        if (demand == null || demand.quantiles() == null || demand.quantiles().size() < 2) {
            return null;
        }
        double[] p = demand.quantiles().stream().mapToDouble(LeadTimeDemand.DemandQuantile::probability).toArray();
        double[] q = demand.quantiles().stream().mapToDouble(LeadTimeDemand.DemandQuantile::value).toArray();
        return new DemandQuantiles(Math.max(0, demand.mean()), p, q, demand.method());
    }

    public CircuitBreaker.State circuitState() {
        return client.circuitState();
    }

    /**
     * The forecast's demand per period. The period is the spacing of its first two dates (a day when there is one
     * point); each point's spread is the average of what its intervals imply, or &radic;mean (Poisson) when it has
     * none.
     */
    public static ForecastDemand demandOf(SeriesForecast forecast) {
        List<ForecastPoint> points = forecast.points();
        double periodDays = 1;
        if (points.size() > 1 && points.get(0).ds() != null && points.get(1).ds() != null) {
            periodDays = Math.max(1, ChronoUnit.DAYS.between(points.get(0).ds(), points.get(1).ds()));
        }
        double[] mean = new double[points.size()];
        double[] sd = new double[points.size()];
        for (int i = 0; i < mean.length; i++) {
            ForecastPoint point = points.get(i);
            mean[i] = Math.max(0, point.mean());
            double sum = 0;
            int n = 0;
            for (Interval interval : point.intervals() == null ? List.<Interval>of() : point.intervals()) {
                double s = ForecastDemand.sdFromInterval(interval.level(), interval.lower(), interval.upper());
                if (Double.isFinite(s)) {
                    sum += s;
                    n++;
                }
            }
            sd[i] = n > 0 ? sum / n : Math.sqrt(mean[i]);
        }
        return new ForecastDemand(mean, sd, periodDays);
    }
}
