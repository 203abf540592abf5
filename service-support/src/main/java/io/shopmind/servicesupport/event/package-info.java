/** The event intake every service shares: validation, the idempotency record, and dispatch to domain handlers. */
package io.shopmind.servicesupport.event;
