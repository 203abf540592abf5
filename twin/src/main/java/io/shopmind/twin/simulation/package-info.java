/**
 * The twin's day loop: shoppers visit, browse what is shown (with position bias), choose by taste, price,
 * competitors' prices and stock, order; suppliers deliver; support contacts arrive; every arm on the same random
 * numbers. Pure Java: no Spring, JPA or servlet.
 */
package io.shopmind.twin.simulation;
