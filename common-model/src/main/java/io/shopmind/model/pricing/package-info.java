/** What pricing-service serves to the storefront and other services: current prices, one SKU or many at once. */
package io.shopmind.model.pricing;
