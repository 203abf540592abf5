/**
 * The price book: entries with costs and the merchant's limits, audited changes, CSV import, and the storefront's
 * current prices served from memory.
 */
package io.shopmind.pricing.book;
