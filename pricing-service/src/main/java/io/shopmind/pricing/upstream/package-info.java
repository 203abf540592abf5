/**
 * What pricing reads from other services: sales with the price paid from forecast-service, stock on hand from
 * inventory-service; batched calls with timeouts, and the last stored copy (labelled so) when a service cannot
 * answer.
 */
package io.shopmind.pricing.upstream;
