package io.shopmind.forecast.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.database.EmbeddedDatabaseInitializer;
import io.shopmind.forecast.ForecastApi;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedDatabaseInitializer.class)
class ForecastRunApiTest {

    @Value("${local.server.port}")
    int port;

    private ForecastApi api;

    @BeforeEach
    void connect() {
        api = new ForecastApi(port);
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        return api.send(method, path, contentType, body);
    }

    private JsonNode get(String path) throws Exception {
        return api.get(path);
    }

    /** Ten weeks of daily sales with a weekly pattern, and an intermittent series. */
    private String salesCsv(String weekly, String sparse) {
        Random random = new Random(11);
        StringBuilder csv = new StringBuilder("unique_id,ds,y\n");
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int t = 0; t < 70; t++) {
            int dayOfWeek = t % 7;
            csv.append(weekly).append(',').append(start.plusDays(t)).append(',')
                    .append(20 + (dayOfWeek >= 5 ? 15 : 0) + random.nextInt(4)).append('\n');
            if (random.nextDouble() < 0.25) {
                csv.append(sparse).append(',').append(start.plusDays(t)).append(',').append(1 + random.nextInt(3))
                        .append('\n');
            }
        }
        csv.append(sparse).append(',').append(start.plusDays(69)).append(",2\n");
        return csv.toString();
    }

    @Test
    void aRunForecastsEverySeriesWithIntervalsAroundTheMean() throws Exception {
        String weekly = "weekly-" + UUID.randomUUID();
        String sparse = "sparse-" + UUID.randomUUID();
        api.importedSales(salesCsv(weekly, sparse));

        HttpResponse<String> started = send("POST", "/api/v1/forecasts/runs", "application/json", """
                {"horizon": 14, "series": ["%s", "%s"], "models": ["ETS", "Theta", "SNaive", "Naive"],
                 "combine": true, "combineTop": 2}""".formatted(weekly, sparse));

        assertThat(started.statusCode()).isEqualTo(202);
        String jobPath = started.headers().firstValue("Location").orElseThrow();
        JsonNode job = get(jobPath);
        for (int i = 0; i < 300 && !job.get("state").asString().matches("SUCCEEDED|FAILED"); i++) {
            Thread.sleep(100);
            job = get(jobPath);
        }
        assertThat(job.get("state").asString()).isEqualTo("SUCCEEDED");

        JsonNode run = get(job.get("result").asString());
        assertThat(run.get("seriesTotal").asInt()).isEqualTo(2);
        assertThat(run.get("seriesDone").asInt()).isEqualTo(2);
        assertThat(run.get("seriesPerSecond").asDouble()).isPositive();
        assertThat(run.get("mase").get("count").asLong()).isEqualTo(2);
        assertThat(job.get("done").asLong()).isEqualTo(2);
        assertThat(job.get("progress").asDouble()).isEqualTo(1.0);
        assertThat(job.get("message").asString()).contains("2 of 2 series", "series/s");
        String metrics = send("GET", "/actuator/prometheus", null, null).body();
        assertThat(metrics).containsPattern("shopmind_forecast_run_series_per_second\\{[^}]*\\} [0-9.]*[1-9]")
                .contains("shopmind_forecast_run_progress{", "shopmind_forecast_run_series_total{",
                        "shopmind_forecast_run_duration_seconds_count{");

        JsonNode forecast = get("/api/v1/forecasts/series/" + weekly + "/forecast");
        assertThat(forecast.get("model").asString()).startsWith("Median(");
        assertThat(forecast.get("accuracy").get("origins").asInt()).isEqualTo(2);
        JsonNode points = forecast.get("points");
        assertThat(points).hasSize(14);
        assertThat(points.get(0).get("ds").asString()).isEqualTo("2024-03-11");
        assertThat(points.get(13).get("ds").asString()).isEqualTo("2024-03-24");
        for (JsonNode point : points) {
            assertThat(point.get("intervals")).hasSize(2);
            for (JsonNode interval : point.get("intervals")) {
                assertThat(interval.get("lower").asDouble()).isLessThanOrEqualTo(point.get("mean").asDouble());
                assertThat(interval.get("upper").asDouble()).isGreaterThanOrEqualTo(point.get("mean").asDouble());
            }
        }
        assertThat(get("/api/v1/forecasts/series/" + sparse + "/forecast").get("points")).hasSize(14);
        JsonNode listed = get("/api/v1/forecasts/series?size=500");
        assertThat(listed.get("items").valueStream().filter(s -> s.get("seriesId").asString().equals(weekly))
                .findFirst().orElseThrow().get("accuracy").get("mase").asDouble()).isPositive();
    }

    @Test
    void theDefaultRunRegressesDemandOnTheStoredPromotionsAndForecastsWithoutThem() throws Exception {
        String sku = "promo-" + UUID.randomUUID();
        Random random = new Random(5);
        StringBuilder csv = new StringBuilder("unique_id,ds,y,price,promo\n");
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int t = 0; t < 84; t++) {
            boolean promo = t % 9 == 4;
            double y = 30 + (promo ? 25 : 0) + random.nextGaussian() * 2;
            csv.append(sku).append(',').append(start.plusDays(t)).append(',').append(Math.round(y)).append(',')
                    .append(promo ? "7.99" : "9.99").append(',').append(promo).append('\n');
        }
        api.importedSales(csv.toString());

        HttpResponse<String> started = send("POST", "/api/v1/forecasts/runs", "application/json",
                "{\"horizon\": 7, \"series\": [\"%s\"]}".formatted(sku));
        String jobPath = started.headers().firstValue("Location").orElseThrow();
        JsonNode job = get(jobPath);
        for (int i = 0; i < 600 && !job.get("state").asString().matches("SUCCEEDED|FAILED"); i++) {
            Thread.sleep(100);
            job = get(jobPath);
        }
        assertThat(job.get("state").asString()).isEqualTo("SUCCEEDED");

        JsonNode forecast = get("/api/v1/forecasts/series/" + sku + "/forecast");
        assertThat(forecast.get("model").asString()).startsWith("Median(").contains("Regression with ARIMA");
        // no promotion is planned: the forecast stays near the 30 a day of ordinary days, far below the 55 of promoted ones
        for (JsonNode point : forecast.get("points")) {
            assertThat(point.get("mean").asDouble()).isBetween(24.0, 40.0);
        }
    }

    @Test
    void aSeriesWithoutForecastIsNotFound() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/forecasts/series/" + UUID.randomUUID() + "/forecast",
                null, null);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void aRunOverAnUnknownSeriesOrModelIsRefused() throws Exception {
        assertThat(send("POST", "/api/v1/forecasts/runs", "application/json",
                "{\"series\": [\"" + UUID.randomUUID() + "\"]}").statusCode()).isEqualTo(404);
        HttpResponse<String> badModel = send("POST", "/api/v1/forecasts/runs", "application/json",
                "{\"models\": [\"Prophet\"]}");
        assertThat(badModel.statusCode()).isEqualTo(400);
        assertThat(badModel.body()).contains("models");
        assertThat(send("POST", "/api/v1/forecasts/runs", "application/json", "{\"horizon\": 0}").statusCode())
                .isEqualTo(400);
        assertThat(send("GET", "/api/v1/forecasts/runs/" + UUID.randomUUID(), null, null).statusCode()).isEqualTo(404);
    }
}
