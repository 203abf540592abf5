package io.shopmind.pricing.elasticity;

/** Where a SKU's elasticity estimate comes from. */
public enum ElasticitySource {
    /** The SKU's own fit, unshrunk: its category has too few estimates to shrink towards. */
    OWN,
    /** The SKU's own fit shrunk towards its category's. */
    SHRUNK,
    /** The SKU's own data cannot support an estimate; its category's is used. */
    CATEGORY,
    /** Neither the SKU's data nor its category's can support an estimate. */
    NONE
}
