/**
 * What happens in the twin's shop, as a storefront would report it: listings, views, carts, orders, order statuses,
 * stock receipts and competitor prices. Pure Java: no Spring, JPA or servlet.
 */
package io.shopmind.twin.event;
