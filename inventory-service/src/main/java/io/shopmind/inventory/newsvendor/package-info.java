/**
 * Single-period stochastic inventory: the newsvendor problem with normal, Poisson and general
 * discrete demand, in cost and profit form, plus the demand distributions and loss functions the
 * other policy models reuse (Snyder &amp; Shen, Fundamentals of Supply Chain Theory, Chapter 4 and
 * Appendix C). Pure Java, no framework dependencies.
 */
@PlainJava
package io.shopmind.inventory.newsvendor;

import io.shopmind.model.PlainJava;
