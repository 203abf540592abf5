package io.shopmind.twin.experiment;

import io.shopmind.twin.operations.ShopOperations;
import io.shopmind.twin.simulation.ShopTwin;
import java.util.function.Function;

/**
 * An arm of an experiment: a name and how to make its operations for one seed's twin (a fresh in-memory shop, or
 * a driver of a freshly started suite). The operations are closed after the run.
 */
public record Arm(String name, Function<ShopTwin, ShopOperations> operations) {
}
