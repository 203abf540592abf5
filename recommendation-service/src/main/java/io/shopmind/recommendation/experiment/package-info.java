/**
 * A/B tests between two model versions: a stable hash assigns each shopper a variant, every list served is recorded
 * as an impression, later views, carts and orders of a recommended item within the attribution window count as
 * its clicks and purchases, and the report gives each variant's rates and their difference with 95 % intervals.
 */
package io.shopmind.recommendation.experiment;
