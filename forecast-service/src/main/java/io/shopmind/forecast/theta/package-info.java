/**
 * The Theta method of Assimakopoulos &amp; Nikolopoulos (2000), in the form of R's
 * {@code forecast::thetaf}: simple exponential smoothing with drift equal to half the slope of the
 * linear trend (Hyndman &amp; Billah 2003), on seasonally adjusted data when the series is seasonal.
 * Pure Java: no Spring, no JPA.
 */
@PlainJava
package io.shopmind.forecast.theta;

import io.shopmind.model.PlainJava;
