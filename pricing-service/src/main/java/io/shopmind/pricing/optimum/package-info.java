/**
 * Pure Java (no Spring, JPA or servlet): demand models and the profit-maximising price under them, in closed form
 * where one exists (linear and constant-elasticity demand) and by a bracketed numeric search otherwise, with an
 * optional sell-through constraint for stock on hand.
 */
package io.shopmind.pricing.optimum;
