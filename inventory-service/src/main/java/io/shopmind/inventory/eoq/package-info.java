/**
 * Deterministic lot sizing in continuous time: the economic order quantity (EOQ), EOQ with planned
 * backorders, and EOQ with all-units quantity discounts (Snyder &amp; Shen, Fundamentals of Supply
 * Chain Theory, Chapter 3). Pure Java, no framework dependencies.
 */
@PlainJava
package io.shopmind.inventory.eoq;

import io.shopmind.model.PlainJava;
