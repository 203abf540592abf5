/**
 * The catalogue view the service ranks: sku, category, brand, whether it is on sale, and its price band, kept from
 * the storefront's {@code CatalogItemUpserted} events and held in memory as a snapshot for serving.
 */
package io.shopmind.recommendation.catalog;
