/**
 * Online price experiments on the shop: a price grid for one SKU, Thompson sampling (plain or inventory-aware)
 * choosing the price each period, the demand each period observed from the storefront's events, and the results
 * with the logged propensities for off-policy evaluation.
 */
package io.shopmind.pricing.experiment;
