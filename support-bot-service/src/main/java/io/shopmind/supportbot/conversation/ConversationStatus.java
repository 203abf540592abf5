package io.shopmind.supportbot.conversation;

/** Who answers a conversation now. */
public enum ConversationStatus {
    /** The bot answers. */
    OPEN,
    /** Handed off: waiting in the agents' queue; the bot is paused. */
    HANDOFF,
    /** An agent has replied and answers from now on. */
    AGENT,
    /** Closed by an agent; a new question starts a new conversation. */
    CLOSED
}
