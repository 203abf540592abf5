/**
 * Forecasting methods for intermittent demand: Croston's method, the Syntetos-Boylan
 * approximation and the Teunter-Syntetos-Babai method. Pure Java: no Spring, no JPA.
 */
@PlainJava
package io.shopmind.forecast.intermittent;

import io.shopmind.model.PlainJava;
