/** What the bot knows and the shop edits: intents by their examples, FAQ articles, the starter pack. */
package io.shopmind.supportbot.knowledge;
