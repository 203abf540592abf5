/**
 * Infinite-horizon stochastic inventory policies: base-stock with lead time, exact (r,Q) under
 * Poisson demand (Federgruen &amp; Zheng 1992) and exact (s,S) under discrete demand
 * (Zheng &amp; Federgruen 1991), following Snyder &amp; Shen, Fundamentals of Supply Chain Theory,
 * Chapters 4 and 5. Pure Java, no framework dependencies.
 */
@PlainJava
package io.shopmind.inventory.stochastic;

import io.shopmind.model.PlainJava;
