package io.shopmind.inventory.forecastclient;

/** forecast-service did not answer usefully: refused, timed out, failed, or its circuit is open. */
public class ForecastUnavailableException extends Exception {

    public ForecastUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
