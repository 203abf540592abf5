package io.shopmind.supportbot.conversation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/support/conversations}: the storefront's chat (role {@code storefront}). */
@RestController
@RequestMapping("/api/v1/support/conversations")
class ConversationController {

    private final Conversations conversations;

    ConversationController(Conversations conversations) {
        this.conversations = conversations;
    }

    @Operation(summary = "Start a conversation, for a known shopper or a visitor")
    @ApiResponse(responseCode = "201", description = "Started; the conversation is at the Location header")
    @PostMapping
    ResponseEntity<ConversationView> start(@Valid @RequestBody(required = false) ConversationRequests.Start request) {
        ConversationView started = conversations.start(request == null ? null : request.customerId());
        return ResponseEntity.created(URI.create("/api/v1/support/conversations/" + started.id())).body(started);
    }

    @Operation(summary = "The shopper says something; the bot's replies and what it understood",
            description = "While a person handles the conversation the bot stays silent and the message waits for them. "
                    + "503 with Retry-After while a new service trains its first intent model.")
    @PostMapping("/{id}/messages")
    TurnView say(@PathVariable UUID id, @Valid @RequestBody ConversationRequests.Say request) {
        return conversations.say(id, request.text().strip());
    }

    @Operation(summary = "The conversation with its transcript (agents' replies included)")
    @GetMapping("/{id}")
    ConversationView get(@PathVariable UUID id) {
        return conversations.get(id);
    }

    @Operation(summary = "The shopper asks for a person")
    @PostMapping("/{id}/handoff")
    ConversationView handOff(@PathVariable UUID id) {
        return conversations.handOff(id);
    }
}
