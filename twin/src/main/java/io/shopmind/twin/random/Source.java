package io.shopmind.twin.random;

/** The sources of randomness in the twin; each has a stream of its own. */
public enum Source {
    CATALOGUE,
    TASTES,
    ARRIVALS,
    BROWSING,
    CHOICE,
    LEAD_TIMES,
    COMPETITORS,
    FULFILMENT,
    CONTACTS;

    /** A fixed, well-mixed salt per source: the ordinal would do, but a salt keeps streams apart if one is added. */
    long salt() {
        return Draws.mix(0x5EED_0000L + name().hashCode());
    }
}
