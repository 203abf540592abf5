/**
 * Model choice per series: a rolling-origin backtest of every candidate, selection by the lowest MASE, and
 * combination of the best few models. Pure Java: no Spring, no JPA.
 */
@PlainJava
package io.shopmind.forecast.selection;

import io.shopmind.model.PlainJava;
