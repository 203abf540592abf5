package io.shopmind.twin.simulation;

import io.shopmind.twin.shopper.Shopper;

/** One shopping visit: its number in the day, who came, at which second of the day, to browse which category. */
record Visit(int number, Shopper shopper, int secondOfDay, int category) {
}
