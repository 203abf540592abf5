/** What inventory-service serves to other services: stock positions, asked for many SKUs in one call. */
package io.shopmind.model.inventory;
