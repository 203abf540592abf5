/**
 * What every forecasting model shares: the fit-then-forecast contract and the forecast it returns.
 * Pure Java: no Spring, no JPA.
 */
@PlainJava
package io.shopmind.forecast.model;

import io.shopmind.model.PlainJava;
