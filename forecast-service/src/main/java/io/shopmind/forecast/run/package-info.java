/** Forecast runs: async jobs that choose a model per series, forecast it and store the result. */
package io.shopmind.forecast.run;
