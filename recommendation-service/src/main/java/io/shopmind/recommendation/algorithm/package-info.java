/**
 * The registry of the algorithms the service trains, with one parameter syntax for the training API and the
 * evaluation command; it builds every served model, chooses settings on a holdout, and trains the validated blend
 * that is the default model. Plain Java, no Spring.
 */
@PlainJava
package io.shopmind.recommendation.algorithm;

import io.shopmind.model.PlainJava;
