package io.shopmind.inventory.forecastclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.shopmind.model.forecast.LeadTimeDemandQuery;
import io.shopmind.model.forecast.SeriesForecast;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** The client against a stand-in forecast-service on a real port, without Spring. */
class ForecastClientTest {

    StandInForecastService forecasts;
    ForecastClient client;

    @BeforeEach
    void start() throws Exception {
        forecasts = StandInForecastService.start(0);
        client = new ForecastClient(RestClient.builder(), forecasts.url(),
                new ForecastClientProperties(Duration.ofMillis(500), Duration.ofMillis(300), 3, Duration.ofMinutes(1),
                        Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() {
        forecasts.close();
    }

    @Test
    void readsAForecastWithItsIntervals() throws Exception {
        forecasts.put("a", 14, 10, 3);

        SeriesForecast forecast = client.forecastOf("a").orElseThrow();

        assertThat(forecast.points()).hasSize(14);
        var demand = DemandForecasts.demandOf(forecast);
        assertThat(demand.periodDays()).isEqualTo(1);
        assertThat(demand.sd()[0]).isCloseTo(3, within(1e-4));
        assertThat(demand.leadTimeDemand(7, 0).sd()).isCloseTo(3 * Math.sqrt(7), within(1e-3));
    }

    @Test
    void readsManyForecastsWithTheirLeadTimeDemandInOneCall() throws Exception {
        forecasts.put("a", 14, 10, 3);
        forecasts.putLeadTimeDemand("a", 70, 12);
        forecasts.put("b", 14, 5, 1);
        int before = forecasts.requests();

        var answer = client.leadTimeForecasts(List.of(new LeadTimeDemandQuery.Item("a", 7.0, 0.0),
                new LeadTimeDemandQuery.Item("b", 7.0, null), new LeadTimeDemandQuery.Item("c", 7.0, 0.0)));

        assertThat(forecasts.requests() - before).isEqualTo(1);
        assertThat(answer.missing()).containsExactly("c");
        assertThat(answer.forecasts()).hasSize(2);
        var a = DemandForecasts.quantilesOf(new ForecastUse(ForecastSource.LIVE, answer.forecasts().get(0).forecast(),
                null, answer.forecasts().get(0).leadTimeDemand()));
        assertThat(a.method()).isEqualTo("arima-exact");
        assertThat(a.quantile(0.95)).isCloseTo(70 + 1.6448536 * 12, within(1e-5));
        // between the kept probabilities the quantile is read linearly in z: exact for a normal
        assertThat(a.quantile(0.9772499)).isCloseTo(70 + 2 * 12, within(1e-3));
        assertThat(a.spread()).isCloseTo(12, within(1e-3));
        assertThat(answer.forecasts().get(1).leadTimeDemand()).isNull();
    }

    @Test
    void answersEmptyForASkuWithoutForecast() throws Exception {
        assertThat(client.forecastOf("nothing")).isEmpty();
        assertThat(client.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void givesUpOnASlowServiceAtTheReadTimeout() {
        forecasts.put("a", 7, 10, 3);
        forecasts.delay(1500);

        long start = System.nanoTime();
        assertThatThrownBy(() -> client.forecastOf("a")).isInstanceOf(ForecastUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1200));
    }

    @Test
    void opensTheCircuitAfterRepeatedFailuresAndStopsCalling() {
        forecasts.failing(true);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> client.forecastOf("a")).isInstanceOf(ForecastUnavailableException.class);
        }
        int calls = forecasts.requests();

        assertThatThrownBy(() -> client.forecastOf("a")).hasMessageContaining("circuit open");
        assertThat(client.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(forecasts.requests()).isEqualTo(calls);
    }

    @Test
    void triesAgainAfterTheCoolDownAndClosesOnSuccess() {
        long[] now = {0};
        CircuitBreaker breaker = new CircuitBreaker(2, Duration.ofSeconds(30), () -> now[0]);
        breaker.onFailure();
        breaker.onFailure();
        assertThat(breaker.tryAcquire()).isFalse();

        now[0] = Duration.ofSeconds(31).toNanos();
        assertThat(breaker.tryAcquire()).isTrue();
        assertThat(breaker.tryAcquire()).as("one trial call at a time").isFalse();
        breaker.onSuccess();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }
}
