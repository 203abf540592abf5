/** The event fan-out: one batch from the storefront, delivered to every service. */
package io.shopmind.gateway.events;
