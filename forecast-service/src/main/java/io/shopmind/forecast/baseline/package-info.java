/**
 * Benchmark forecasting methods: naive, seasonal naive, the seasonally adjusted naive of the M4
 * competition (Naive2) and the mean, together with the classical decomposition and seasonality
 * test they rely on. Pure Java: no Spring, no JPA.
 */
@PlainJava
package io.shopmind.forecast.baseline;

import io.shopmind.model.PlainJava;
