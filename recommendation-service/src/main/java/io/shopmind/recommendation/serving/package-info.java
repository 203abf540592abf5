/**
 * Serving: recommendations for a shopper, a visit, an item and a basket, with the cold-start chain, the shop's
 * merchandising rules, the in-stock filter, and an explanation and source on every answer.
 */
package io.shopmind.recommendation.serving;
