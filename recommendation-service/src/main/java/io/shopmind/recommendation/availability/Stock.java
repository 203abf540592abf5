package io.shopmind.recommendation.availability;

/** What the service knows about an item's stock. */
public enum Stock { IN_STOCK, OUT_OF_STOCK, UNKNOWN }
