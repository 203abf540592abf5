package io.shopmind.inventory.forecastclient;

import io.shopmind.inventory.replenishment.ForecastDemand;
import io.shopmind.model.forecast.ForecastPoint;
import io.shopmind.model.forecast.Interval;
import io.shopmind.model.forecast.SeriesForecast;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
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
                return new ForecastUse(ForecastSource.LIVE, live.get(), null);
            }
            reason = "forecast-service has no forecast for " + sku;
        } catch (ForecastUnavailableException e) {
            reason = e.getMessage();
        }
        Optional<StoredForecast> last = stored.findById(sku);
        if (last.isPresent()) {
            SeriesForecast forecast = json.readValue(last.get().forecast(), SeriesForecast.class);
            return new ForecastUse(ForecastSource.CACHED, forecast,
                    reason + "; using the forecast stored at " + last.get().fetchedAt().truncatedTo(ChronoUnit.SECONDS));
        }
        log.debug("No forecast for {}: {}", sku, reason);
        return new ForecastUse(ForecastSource.NONE, null, reason + "; no stored forecast");
    }

    /** Keeps the forecast as the SKU's last good one. */
    public void store(String sku, SeriesForecast forecast) {
        String body = json.writeValueAsString(forecast);
        transactions.executeWithoutResult(status -> {
            StoredForecast row = stored.findById(sku).orElseGet(() -> new StoredForecast(sku));
            row.update(forecast.model(), body, forecast.createdAt(), clock.instant());
            stored.save(row);
        });
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
