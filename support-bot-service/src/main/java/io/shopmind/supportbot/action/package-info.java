/** What the bot asks the other services: stock and lead times (inventory), prices (pricing), suggestions (recommendation). */
package io.shopmind.supportbot.action;
