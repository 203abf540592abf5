package io.shopmind.supportbot.conversation;

/** Who wrote a message. */
public enum Sender {
    SHOPPER, BOT, AGENT
}
