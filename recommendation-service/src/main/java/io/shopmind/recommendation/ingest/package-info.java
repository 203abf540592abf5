/**
 * Interactions in: the commerce events (views, carts, orders, catalogue changes) handed over by the shared event
 * intake, and bulk imports of interaction files (generic CSV, MovieLens), streamed into PostgreSQL with COPY.
 */
package io.shopmind.recommendation.ingest;
