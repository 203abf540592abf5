/**
 * Forecast accuracy: sMAPE, MASE and OWA as defined for the M4 competition, prediction-interval
 * coverage, and a holdout evaluation of many models over many series with CSV export of the raw
 * forecasts. Pure Java: no Spring, no JPA.
 */
@PlainJava
package io.shopmind.forecast.evaluation;

import io.shopmind.model.PlainJava;
