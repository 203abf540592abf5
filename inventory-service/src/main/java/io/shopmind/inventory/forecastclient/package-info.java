/**
 * Demand forecasts from forecast-service: an HTTP client with timeouts and a circuit breaker, the last good forecast
 * of each SKU kept for when the service cannot answer, and the forecast's demand per period for planning.
 */
package io.shopmind.inventory.forecastclient;
