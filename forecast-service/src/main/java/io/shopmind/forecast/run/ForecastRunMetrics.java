package io.shopmind.forecast.run;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The run metrics Prometheus scrapes: run duration, throughput and progress of the running (else the last) run,
 * series forecast and failed, and backtest MASE per series.
 */
@Component
public class ForecastRunMetrics {

    private final Timer duration;
    private final DistributionSummary mase;
    private final Counter forecast;
    private final Counter failed;
    private final AtomicLong seriesPerSecondBits = new AtomicLong(Double.doubleToLongBits(0));
    private final AtomicLong progressBits = new AtomicLong(Double.doubleToLongBits(0));

    public ForecastRunMetrics(MeterRegistry registry) {
        this.duration = Timer.builder("shopmind.forecast.run.duration")
                .description("Wall time of a forecast run").register(registry);
        this.mase = DistributionSummary.builder("shopmind.forecast.backtest.mase")
                .description("Backtest MASE of the model chosen per series").publishPercentiles(0.1, 0.5, 0.9)
                .register(registry);
        Gauge.builder("shopmind.forecast.run.series.per.second", seriesPerSecondBits,
                        bits -> Double.longBitsToDouble(bits.get()))
                .description("Series forecast per second in the running run so far, else in the last one")
                .register(registry);
        Gauge.builder("shopmind.forecast.run.progress", progressBits, bits -> Double.longBitsToDouble(bits.get()))
                .description("Share of the running (else the last) run's series done, 0 to 1").register(registry);
        this.forecast = Counter.builder("shopmind.forecast.run.series").tag("outcome", "forecast")
                .description("Series forecast by runs").register(registry);
        this.failed = Counter.builder("shopmind.forecast.run.series").tag("outcome", "failed")
                .description("Series forecast by runs").register(registry);
    }

    void seriesFinished(boolean succeeded) {
        (succeeded ? forecast : failed).increment();
    }

    void runProgressed(Duration elapsed, int done, int total) {
        double seconds = elapsed.toNanos() / 1e9;
        seriesPerSecondBits.set(Double.doubleToLongBits(seconds > 0 ? done / seconds : 0));
        progressBits.set(Double.doubleToLongBits(total > 0 ? (double) done / total : 1));
    }

    void seriesBacktested(double backtestMase) {
        if (Double.isFinite(backtestMase)) {
            mase.record(backtestMase);
        }
    }

    void runFinished(Duration wallTime, int series) {
        duration.record(wallTime);
        double seconds = wallTime.toNanos() / 1e9;
        seriesPerSecondBits.set(Double.doubleToLongBits(seconds > 0 ? series / seconds : 0));
    }
}
