/**
 * A global neural forecaster: one small recurrent network trained across all series at once on
 * normalised windows, predicting quantiles of the next steps directly. Runs on DJL's PyTorch CPU
 * engine, loaded offline from the native jar on the class path. Pure Java otherwise: no Spring, no JPA.
 */
@PlainJava
package io.shopmind.forecast.neural;

import io.shopmind.model.PlainJava;
