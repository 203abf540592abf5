/**
 * Sales history: series and their observations, loaded by bulk CSV import, by small JSON batches, and from
 * {@code OrderPlaced} events as daily sales per SKU.
 */
package io.shopmind.forecast.history;
