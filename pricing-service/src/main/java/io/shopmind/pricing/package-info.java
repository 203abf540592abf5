/** Prices: the price book, costs, competitor prices, elasticities, proposals and experiments. */
package io.shopmind.pricing;
