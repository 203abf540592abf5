/**
 * Monte Carlo evaluation of periodic-review replenishment policies ((s,S), base-stock, (r,Q) and a
 * days-of-cover rule) on shared, seeded demand scenarios with a replenishment lead time. Pure
 * Java, no framework dependencies.
 */
@PlainJava
package io.shopmind.inventory.simulation;

import io.shopmind.model.PlainJava;
