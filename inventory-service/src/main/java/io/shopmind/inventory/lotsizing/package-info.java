/**
 * Lot sizing: when to order and how much. Single-item dynamic lot sizing by the Wagner-Whitin algorithm with
 * time-varying holding, fixed and unit costs (Snyder &amp; Shen, Fundamentals of Supply Chain Theory, Chapter 3), and
 * multi-SKU weekly lot sizing with integer case packs, order flags with minimum order quantities, lost sales, and a
 * shared weekly purchase budget and warehouse volume: solved by Lagrangian decomposition (per-SKU dynamic programs,
 * subgradient multipliers, repair to a feasible plan with a proven gap), exactly by ojAlgo's MIP solver for small
 * instances, or exported as an LP file for CBC or GLPK. Pure Java, no framework dependencies.
 */
@PlainJava
package io.shopmind.inventory.lotsizing;

import io.shopmind.model.PlainJava;
