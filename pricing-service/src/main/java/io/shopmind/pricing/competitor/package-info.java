/**
 * Competitor prices: from {@code CompetitorPriceObserved} events and CSV imports, every observation kept; those
 * that cannot be used or lie far from the market flagged; stale ones aged out of what pricing uses.
 */
package io.shopmind.pricing.competitor;
