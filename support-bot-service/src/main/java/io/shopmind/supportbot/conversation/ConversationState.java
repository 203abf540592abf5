package io.shopmind.supportbot.conversation;

import io.shopmind.supportbot.understanding.Language;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A conversation's state between two messages, as stored: who answers, the form being filled and its slots, the
 * fallback stage and the intent awaiting the shopper's yes or no. The dialogue changes it while it handles one
 * message, under the conversation's row lock.
 */
final class ConversationState {

    final UUID id;
    final String customerId;
    final Instant createdAt;
    Language language;
    ConversationStatus status;
    /** The intent whose form asks for a missing slot, or null. */
    String formIntent;
    /** Stage one of the fallback asked "did you mean this intent?", or null. */
    String pendingIntent;
    /** 0: understood; 1: asked to confirm; 2: asked to rephrase. */
    int fallbackStage;
    final Map<String, String> slots;
    String handoffReason;
    Instant handoffAt;
    String agent;

    ConversationState(UUID id, String customerId, Language language, ConversationStatus status, String formIntent,
            String pendingIntent, int fallbackStage, Map<String, String> slots, String handoffReason,
            Instant handoffAt, String agent, Instant createdAt) {
        this.id = id;
        this.customerId = customerId;
        this.language = language;
        this.status = status;
        this.formIntent = formIntent;
        this.pendingIntent = pendingIntent;
        this.fallbackStage = fallbackStage;
        this.slots = new LinkedHashMap<>(slots);
        this.handoffReason = handoffReason;
        this.handoffAt = handoffAt;
        this.agent = agent;
        this.createdAt = createdAt;
    }

    static ConversationState start(UUID id, String customerId, Language language, Instant now) {
        return new ConversationState(id, customerId, language, ConversationStatus.OPEN, null, null, 0, Map.of(),
                null, null, null, now);
    }

    void handOff(String reason, Instant now) {
        status = ConversationStatus.HANDOFF;
        handoffReason = reason;
        handoffAt = now;
        formIntent = null;
        pendingIntent = null;
        fallbackStage = 0;
    }

    void understood() {
        fallbackStage = 0;
        pendingIntent = null;
    }
}
