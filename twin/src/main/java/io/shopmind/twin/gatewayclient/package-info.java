/**
 * The twin's operations implemented against ShopMind's public API through the gateway: events as the storefront,
 * model training, forecast runs, replenishment plans and their approval as ops. Plain Java HTTP: no Spring.
 */
package io.shopmind.twin.gatewayclient;
