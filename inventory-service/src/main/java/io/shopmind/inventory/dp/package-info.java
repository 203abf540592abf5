/**
 * Finite-horizon stochastic inventory optimisation by dynamic programming over discretised
 * inventory levels, yielding period-dependent (s,S) policies (Snyder &amp; Shen, Fundamentals of
 * Supply Chain Theory, &sect;4.3.3 and &sect;4.4.3, Algorithm 4.1). Pure Java, no framework dependencies.
 */
@PlainJava
package io.shopmind.inventory.dp;

import io.shopmind.model.PlainJava;
