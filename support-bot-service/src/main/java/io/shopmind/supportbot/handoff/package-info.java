/** The agents' queue: handed-off conversations with transcript, intents and slots; replies and closing. */
package io.shopmind.supportbot.handoff;
