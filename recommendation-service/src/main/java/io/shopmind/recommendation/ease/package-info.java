/** EASE^R, the closed-form item-item linear autoencoder of Steck (2019). Plain Java, no Spring. */
@PlainJava
package io.shopmind.recommendation.ease;

import io.shopmind.model.PlainJava;
