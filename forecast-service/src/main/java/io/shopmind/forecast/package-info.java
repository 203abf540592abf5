/** Demand forecasts per SKU with honest uncertainty, from the shop's sales history. */
package io.shopmind.forecast;
