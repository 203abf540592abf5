/** EASE^R, the closed-form item-item linear autoencoder of Steck (2019). Plain Java, no Spring. */
package io.shopmind.recommendation.ease;
