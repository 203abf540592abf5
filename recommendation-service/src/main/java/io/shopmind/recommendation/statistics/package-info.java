/** Interval estimates for conversion rates and their differences, for A/B tests. Plain Java, no Spring. */
package io.shopmind.recommendation.statistics;
