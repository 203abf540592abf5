/**
 * The distribution of cumulative demand over a lead time, from a fitted model's own error process: exact Gaussian
 * sums of the model's innovation weights for ARIMA and the linear innovations state-space models, quantile
 * combination for ensembles, and a comonotone bound where a model gives only marginal quantiles; mixed over a
 * random lead time. Pure Java: no Spring, no JPA.
 */
@PlainJava
package io.shopmind.forecast.leadtime;

import io.shopmind.model.PlainJava;
