/** The bot's own views of the shop, built from the storefront's events: the catalogue and the orders' status. */
package io.shopmind.supportbot.readmodel;
