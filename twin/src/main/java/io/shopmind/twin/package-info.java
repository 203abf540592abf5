/**
 * The shop twin: a simulated online shop with known ground truth (shoppers' tastes, price elasticities, demand
 * seasonality, lead times) that trades day by day against a {@link io.shopmind.twin.operations.ShopOperations}
 * and measures what each set of operations earns. Pure Java: no Spring, JPA or servlet.
 */
@PlainJava
package io.shopmind.twin;

import io.shopmind.model.PlainJava;
