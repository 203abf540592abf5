/**
 * Pure Java (no Spring, JPA or servlet): online price experiments. Thompson sampling over a price grid with
 * Bernoulli (a visitor buys or not) or Poisson (units per period) demand, and the inventory-constrained variants
 * of Ferreira, Simchi-Levi &amp; Wang (2018), which solve a linear programme over the sampled demand each period;
 * every decision carries its propensity, so results can be re-evaluated off-policy.
 */
package io.shopmind.pricing.bandit;
