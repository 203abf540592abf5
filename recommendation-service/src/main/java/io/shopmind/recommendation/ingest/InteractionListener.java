package io.shopmind.recommendation.ingest;

import java.util.List;

/** Told of the interactions of each event batch, inside the batch's transaction. */
public interface InteractionListener {

    void stored(List<Interaction> interactions);
}
