package io.shopmind.inventory.forecastclient;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where the forecast behind a plan line came from. */
public enum ForecastSource {
    /** Just read from forecast-service. */
    LIVE,
    /** forecast-service could not give one; the last one it gave is used. */
    CACHED,
    /** No forecast at all: the SKU is not planned. */
    NONE;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
