/** Aggregated health: each service's state as seen from the gateway. */
package io.shopmind.gateway.health;
