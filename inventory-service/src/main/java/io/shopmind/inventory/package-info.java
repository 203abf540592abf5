/** Stock positions and replenishment plans: what runs out, and what to order today. */
package io.shopmind.inventory;
