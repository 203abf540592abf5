/**
 * The operations a shop runs each day (recommend, price, replenish, answer support) as an interface the twin
 * drives, and the rule-based operations it compares the suite with. Pure Java: no Spring, JPA or servlet.
 */
package io.shopmind.twin.operations;
