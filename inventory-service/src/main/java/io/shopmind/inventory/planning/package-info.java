/**
 * Multi-SKU weekly replenishment planning: integer case packs, order flags with minimum order
 * quantities, lost sales, and shared weekly purchase budget and warehouse volume. Solved by
 * Lagrangian decomposition (per-SKU dynamic programs, subgradient multipliers, repair to a feasible
 * plan with a proven gap), exactly by ojAlgo's MIP solver for small instances, or exported as an LP
 * file for CBC or GLPK. Pure Java, no framework dependencies.
 */
@PlainJava
package io.shopmind.inventory.planning;

import io.shopmind.model.PlainJava;
