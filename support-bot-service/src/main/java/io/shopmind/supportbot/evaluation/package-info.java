/**
 * The intent evaluation command, pure Java (no Spring, JPA or servlet): it trains the model the service serves on one
 * labelled set, scores it on another and writes the predicted label per text.
 */
@PlainJava
package io.shopmind.supportbot.evaluation;

import io.shopmind.model.PlainJava;
