/**
 * The Spring plumbing every ShopMind domain service shares, so it is written once: RFC 9457 problem details,
 * request ids, body-size limits, the event intake with its idempotency record, and configuration defaults.
 */
package io.shopmind.servicesupport;
