/**
 * Entities in a shopper's message, pure Java (no Spring, JPA or servlet): order numbers, e-mail addresses,
 * quantities, dates in English and Chinese relative to today, and products fuzzy-matched against the catalogue.
 */
@PlainJava
package io.shopmind.supportbot.entity;

import io.shopmind.model.PlainJava;
