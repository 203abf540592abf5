/**
 * Pure Java (no Spring, JPA or servlet): markdown optimisation for seasonal or excess stock, a finite-horizon dynamic
 * programme over the remaining weeks, stock on hand and the price reached so far, prices only going down.
 */
package io.shopmind.pricing.markdown;
