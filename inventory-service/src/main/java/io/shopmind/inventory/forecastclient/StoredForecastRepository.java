package io.shopmind.inventory.forecastclient;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredForecastRepository extends JpaRepository<StoredForecast, String> {
}
