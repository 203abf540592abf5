/**
 * ARIMA, seasonal ARIMA and automatic order selection, following R's {@code stats::arima} and the
 * {@code forecast} package's {@code Arima} and {@code auto.arima} (Hyndman and Khandakar 2008), with or without
 * external regressors (regression with ARIMA errors, e.g. demand on price and promotion).
 * Pure Java: no Spring, no JPA.
 */
@PlainJava
package io.shopmind.forecast.arima;

import io.shopmind.model.PlainJava;
