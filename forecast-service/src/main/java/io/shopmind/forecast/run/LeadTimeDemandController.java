package io.shopmind.forecast.run;

import io.shopmind.forecast.leadtime.CumulativeDemand;
import io.shopmind.forecast.leadtime.LeadTimeDistribution;
import io.shopmind.model.forecast.LeadTimeDemand;
import io.shopmind.model.forecast.LeadTimeDemandQuery;
import io.shopmind.model.forecast.LeadTimeForecast;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/forecasts/lead-time-demand}: for many series at once, the latest forecast and the distribution
 * of demand summed over each series' lead time, read from the cumulative demand the run stored with the forecast.
 */
@RestController
public class LeadTimeDemandController {

    private final SeriesForecastStore forecasts;

    public LeadTimeDemandController(SeriesForecastStore forecasts) {
        this.forecasts = forecasts;
    }

    @Operation(summary = "Many series' forecasts with their demand over a lead time (mean and quantiles)")
    @PostMapping("/api/v1/forecasts/lead-time-demand")
    public LeadTimeForecast leadTimeDemand(@Valid @RequestBody LeadTimeDemandQuery query) {
        List<String> ids = query.series().stream().map(LeadTimeDemandQuery.Item::seriesId).distinct().toList();
        Map<String, SeriesForecastStore.WithDemand> found = forecasts.latestWithDemand(ids);
        List<LeadTimeForecast.Entry> entries = new ArrayList<>(query.series().size());
        Set<String> missing = new LinkedHashSet<>();
        for (LeadTimeDemandQuery.Item item : query.series()) {
            SeriesForecastStore.WithDemand forecast = found.get(item.seriesId());
            if (forecast == null) {
                missing.add(item.seriesId());
                continue;
            }
            double sdDays = item.leadTimeSdDays() == null ? 0 : item.leadTimeSdDays();
            double period = forecast.periodDays();
            LeadTimeDistribution distribution = forecast.cumulative().overLeadTime(item.leadTimeDays() / period,
                    sdDays / period);
            double[] probabilities = CumulativeDemand.probabilities();
            List<LeadTimeDemand.DemandQuantile> quantiles = new ArrayList<>(probabilities.length);
            for (int k = 0; k < probabilities.length; k++) {
                quantiles.add(new LeadTimeDemand.DemandQuantile(probabilities[k], distribution.quantiles()[k]));
            }
            entries.add(new LeadTimeForecast.Entry(forecast.forecast(), new LeadTimeDemand(item.leadTimeDays(), sdDays,
                    period, forecast.cumulative().method(), distribution.extrapolated(), distribution.mean(),
                    quantiles)));
        }
        return new LeadTimeForecast(entries, List.copyOf(missing));
    }
}
