package io.shopmind.forecast;

import io.shopmind.forecast.history.Frequency;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * forecast-service's settings ({@code shopmind.forecast.*}).
 *
 * @param dailySeason   the seasonal period of daily series unless an import says otherwise
 * @param weeklySeason  the seasonal period of weekly series
 * @param monthlySeason the seasonal period of monthly series
 * @param runThreads    threads fitting series in a forecast run; 0 uses every core
 * @param maxHistory    the most recent observations a run fits per series (older ones are left out)
 */
@ConfigurationProperties("shopmind.forecast")
public record ForecastProperties(
        @DefaultValue("7") int dailySeason,
        @DefaultValue("52") int weeklySeason,
        @DefaultValue("12") int monthlySeason,
        @DefaultValue("0") int runThreads,
        @DefaultValue("1095") int maxHistory) {

    public int seasonFor(Frequency frequency) {
        return switch (frequency) {
            case DAILY -> dailySeason;
            case WEEKLY -> weeklySeason;
            case MONTHLY -> monthlySeason;
        };
    }

    public int threads() {
        return runThreads > 0 ? runThreads : Runtime.getRuntime().availableProcessors();
    }
}
