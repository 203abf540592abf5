/**
 * Deterministic dynamic lot sizing: the Wagner-Whitin algorithm with time-varying holding, fixed
 * and unit costs (Snyder &amp; Shen, Fundamentals of Supply Chain Theory, Chapter 3). Pure Java, no
 * framework dependencies.
 */
@PlainJava
package io.shopmind.inventory.lotsizing;

import io.shopmind.model.PlainJava;
