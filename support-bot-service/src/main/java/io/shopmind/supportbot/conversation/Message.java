package io.shopmind.supportbot.conversation;

import java.time.Instant;
import java.util.Map;

/**
 * One message of a transcript.
 *
 * @param intent     for a shopper's message, the intent the bot acted on (or its best guess)
 * @param confidence that intent's calibrated confidence
 * @param entities   for a shopper's message, what the bot found in it
 * @param source     for a bot's message, where the answer came from
 */
public record Message(Sender sender, String text, String intent, Double confidence, Map<String, Object> entities,
        String source, Instant at) {
}
