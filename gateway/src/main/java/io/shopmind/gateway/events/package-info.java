/**
 * The event log: the storefront's batches checked against the contracts, made durable in the log (PostgreSQL or
 * Kafka), read by each service at its own pace, and each service's lag behind the log's head.
 */
package io.shopmind.gateway.events;
