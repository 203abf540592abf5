/**
 * Safety stock and reorder points from a lead-time demand distribution: normal approximation with
 * random lead time, cycle-service-level (type 1) and fill-rate (type 2) targets, and a
 * distribution-free variant from explicit lead-time demand quantiles. Pure Java, no framework
 * dependencies.
 */
@PlainJava
package io.shopmind.inventory.safetystock;

import io.shopmind.model.PlainJava;
