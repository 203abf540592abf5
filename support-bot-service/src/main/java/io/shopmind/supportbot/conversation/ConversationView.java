package io.shopmind.supportbot.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A conversation with its transcript, as the storefront and the agents see it. */
public record ConversationView(UUID id, String customerId, ConversationStatus status, String language,
        Map<String, String> slots, String handoffReason, Instant handoffAt, String agent, Instant createdAt,
        List<Message> messages) {
}
