/**
 * The twin's catalogue: what the shop knows of each SKU (cost, list price, lead time, case pack) and the hidden
 * truth the shoppers act on (attraction, taste factors, price elasticity). Pure Java: no Spring, JPA or servlet.
 */
package io.shopmind.twin.catalogue;
