package io.shopmind.forecast.run;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The forecast_run table. */
public interface ForecastRunRepository extends JpaRepository<ForecastRun, UUID> {
}
