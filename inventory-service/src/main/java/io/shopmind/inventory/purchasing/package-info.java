/** Purchase orders from approved plans, and their receipts (from the API or from StockReceived events). */
package io.shopmind.inventory.purchasing;
