/** Interval estimates for conversion rates and their differences, for A/B tests. Plain Java, no Spring. */
@PlainJava
package io.shopmind.recommendation.statistics;

import io.shopmind.model.PlainJava;
