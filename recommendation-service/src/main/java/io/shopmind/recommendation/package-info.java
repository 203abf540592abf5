/** Recommendations for the storefront: learns from views, carts and purchases, and ranks the catalogue per shopper. */
package io.shopmind.recommendation;
