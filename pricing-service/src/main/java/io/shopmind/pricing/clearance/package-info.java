/** Markdown plans for seasonal or excess stock: the SKU's demand model, its stock, and the markdown optimiser. */
package io.shopmind.pricing.clearance;
