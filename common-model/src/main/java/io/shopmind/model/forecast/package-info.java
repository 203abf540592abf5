/** What forecast-service serves to other services: forecasts with intervals, and sales history. */
package io.shopmind.model.forecast;
