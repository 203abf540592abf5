package io.shopmind.recommendation.ingest;

import java.util.List;

/** Told of stored interactions, inside the transaction that stores them. */
public interface InteractionListener {

    /** The interactions of an event batch. */
    void stored(List<Interaction> interactions);

    /** A bulk import, whose interactions are not listed one by one. */
    default void imported() {
    }
}
