package io.shopmind.twin.support;

/**
 * The answer a bot gave.
 *
 * @param intent    what the bot took the message to be about, or null if it does not say
 * @param handedOff the bot passed the conversation to a person
 */
public record SupportReply(String text, Intent intent, boolean handedOff) {

    public static SupportReply handoff(String text) {
        return new SupportReply(text, null, true);
    }
}
