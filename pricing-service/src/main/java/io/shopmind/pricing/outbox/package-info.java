/** Price events out: the transactional outbox and its publisher to the gateway's event intake. */
package io.shopmind.pricing.outbox;
