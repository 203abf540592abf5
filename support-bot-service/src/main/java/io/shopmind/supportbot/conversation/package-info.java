/**
 * Conversations with shoppers: the dialogue (forms that ask for a missing order or product, actions that call the
 * other services, the two-stage fallback, handoff to a person), and their state in PostgreSQL.
 */
package io.shopmind.supportbot.conversation;
