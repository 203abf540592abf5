/**
 * Exponential smoothing in the innovations state space form of Hyndman, Koehler, Ord &amp; Snyder
 * (2008) "Forecasting with Exponential Smoothing: The State Space Approach": simple exponential
 * smoothing, Holt, damped Holt, Holt-Winters, and automatic ETS model selection by AICc following
 * R's {@code forecast::ets} (version 8.20). Pure Java: no Spring, no JPA.
 */
@PlainJava
package io.shopmind.forecast.ets;

import io.shopmind.model.PlainJava;
