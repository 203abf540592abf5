/** Customer support: answers from intents and FAQ knowledge, the order read-model, and handoffs to humans. */
package io.shopmind.supportbot;
