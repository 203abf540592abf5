/**
 * Entities in a shopper's message, pure Java (no Spring, JPA or servlet): order numbers, e-mail addresses,
 * quantities, dates in English and Chinese relative to today, and products fuzzy-matched against the catalogue.
 */
package io.shopmind.supportbot.entity;
