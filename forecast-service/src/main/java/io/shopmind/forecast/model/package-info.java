/**
 * What every forecasting model shares: the fit-then-forecast contract and the forecast it returns.
 * Pure Java: no Spring, no JPA.
 */
package io.shopmind.forecast.model;
