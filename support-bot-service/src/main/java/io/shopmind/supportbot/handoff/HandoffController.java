package io.shopmind.supportbot.handoff;

import io.shopmind.supportbot.conversation.ConversationStatus;
import io.shopmind.supportbot.conversation.ConversationView;
import io.shopmind.supportbot.conversation.Conversations;
import io.shopmind.supportbot.conversation.Message;
import io.shopmind.supportbot.conversation.Sender;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/support/handoffs}: the agents' queue (role {@code ops}). */
@RestController
@Validated
@RequestMapping("/api/v1/support/handoffs")
class HandoffController {

    /** A handed-off conversation in the queue: why, since when, the intents it went through, its slots. */
    record Handoff(UUID conversationId, String customerId, ConversationStatus status, String reason,
            Instant handoffAt, String agent, List<String> intents, Map<String, String> slots, String lastMessage,
            int messages) {
    }

    record AgentReply(@NotBlank @Size(max = 64) @Pattern(regexp = "[^\\p{Cntrl}]+") String agent,
            @NotBlank @Size(max = 4_000) String text) {
    }

    record Close(@Size(min = 1, max = 64) @Pattern(regexp = "[^\\p{Cntrl}]+") String agent) {
    }

    private final Conversations conversations;

    HandoffController(Conversations conversations) {
        this.conversations = conversations;
    }

    @Operation(summary = "Conversations waiting for a person (HANDOFF) or with one (AGENT), longest waiting first")
    @GetMapping
    List<Handoff> queue(@RequestParam(defaultValue = "HANDOFF,AGENT") List<ConversationStatus> status,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return conversations.queue(status, limit).stream().map(HandoffController::handoff).toList();
    }

    @Operation(summary = "A handed-off conversation's whole transcript, with intents, confidences and slots")
    @GetMapping("/{id}")
    ConversationView transcript(@PathVariable UUID id) {
        return conversations.get(id);
    }

    @Operation(summary = "An agent replies; the shopper reads it in the conversation")
    @PostMapping("/{id}/replies")
    ConversationView reply(@PathVariable UUID id, @Valid @RequestBody AgentReply reply) {
        return conversations.agentReply(id, reply.agent(), reply.text().strip());
    }

    @Operation(summary = "An agent closes the conversation")
    @PostMapping("/{id}/close")
    ConversationView close(@PathVariable UUID id, @Valid @RequestBody(required = false) Close close) {
        return conversations.close(id, close == null ? null : close.agent());
    }

    private static Handoff handoff(ConversationView view) {
        List<String> intents = List.copyOf(new LinkedHashSet<>(view.messages().stream()
                .filter(m -> m.sender() == Sender.SHOPPER && m.intent() != null).map(Message::intent).toList()));
        String last = view.messages().isEmpty() ? null : view.messages().get(view.messages().size() - 1).text();
        return new Handoff(view.id(), view.customerId(), view.status(), view.handoffReason(), view.handoffAt(),
                view.agent(), intents, view.slots(), last, view.messages().size());
    }
}
