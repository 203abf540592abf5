/**
 * Whether a recommended item can be bought now, from inventory-service's stock positions: cached, with timeouts,
 * and falling back to the last known state; an item whose stock is unknown is kept.
 */
package io.shopmind.recommendation.availability;
