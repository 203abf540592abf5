/** Stock on hand and on order, purchase orders and the suppliers' random lead times. Pure Java: no Spring, JPA or servlet. */
package io.shopmind.twin.stock;
