/**
 * EASE^R, the closed-form item-item linear autoencoder of Steck (2019), dense, and SANSA, its sparse approximate
 * inverse for large catalogues (Spišák et al. 2023). Plain Java, no Spring.
 */
@PlainJava
package io.shopmind.recommendation.ease;

import io.shopmind.model.PlainJava;
