/**
 * Interaction data: events read from CSV or MovieLens files into an {@link
 * io.shopmind.recommendation.interaction.InteractionLog}, and the immutable sparse user × item
 * {@link io.shopmind.recommendation.interaction.InteractionMatrix} (CSR and CSC) every recommender trains on.
 * Plain Java, no Spring.
 */
@PlainJava
package io.shopmind.recommendation.interaction;

import io.shopmind.model.PlainJava;
