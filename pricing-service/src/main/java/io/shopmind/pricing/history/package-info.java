/** A SKU's price history, its own prices and its competitors' side by side, for the ops team. */
package io.shopmind.pricing.history;
