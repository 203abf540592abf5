package io.shopmind.supportbot.conversation;

import io.shopmind.supportbot.understanding.IntentPrediction;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The answer to one shopper message: the bot's replies (none while a person handles the conversation), what the
 * bot understood, and the conversation's status and slots after it.
 *
 * @param intent the intent the bot acted on, or null (fallback, out of scope, handed off)
 */
public record TurnView(UUID conversationId, ConversationStatus status, List<Reply> replies, String intent,
        IntentPrediction understanding, Map<String, Object> entities, Map<String, String> slots) {
}
