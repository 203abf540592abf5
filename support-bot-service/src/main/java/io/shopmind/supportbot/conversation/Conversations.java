package io.shopmind.supportbot.conversation;

import io.shopmind.servicesupport.problem.ConflictException;
import io.shopmind.servicesupport.problem.NotFoundException;
import io.shopmind.supportbot.entity.Entities;
import io.shopmind.supportbot.understanding.Language;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conversations: a shopper's message and the bot's answer are committed together under the conversation's row lock;
 * the agents' side of a handoff (reply, close).
 */
@Service
public class Conversations {

    private final ConversationRepository repository;
    private final Dialogue dialogue;
    private final Clock clock;

    Conversations(ConversationRepository repository, Dialogue dialogue, Clock clock) {
        this.repository = repository;
        this.dialogue = dialogue;
        this.clock = clock;
    }

    @Transactional
    public ConversationView start(String customerId) {
        ConversationState state = ConversationState.start(UUID.randomUUID(), customerId, Language.EN, clock.instant());
        repository.insert(state);
        return view(state);
    }

    @Transactional
    public TurnView say(UUID id, String text) {
        ConversationState state = locked(id);
        if (state.status == ConversationStatus.CLOSED) {
            throw new ConflictException("Conversation " + id + " is closed; start a new one.");
        }
        Instant now = clock.instant();
        if (state.status != ConversationStatus.OPEN) {
            // a person answers now: the message waits for them in the transcript
            repository.append(id, new Message(Sender.SHOPPER, text, null, null, null, null, now));
            repository.update(state, now);
            return new TurnView(id, state.status, List.of(), null, null, null, state.slots);
        }
        Turn turn = dialogue.respond(state, text);
        Map<String, Object> entities = entities(turn.entities());
        String intent = turn.intent() != null ? turn.intent() : turn.prediction().intent();
        Double confidence = turn.prediction().ranking().stream().filter(r -> r.intent().equals(intent))
                .map(r -> r.confidence()).findFirst().orElse(null);
        repository.append(id, new Message(Sender.SHOPPER, text, intent, confidence, entities, null, now));
        for (Reply reply : turn.replies()) {
            repository.append(id, new Message(Sender.BOT, reply.text(), null, null, null, reply.source(), now));
        }
        repository.update(state, now);
        return new TurnView(id, state.status, turn.replies(), turn.intent(), turn.prediction(), entities,
                state.slots);
    }

    /** The shopper asks for a person with the storefront's button. */
    @Transactional
    public ConversationView handOff(UUID id) {
        ConversationState state = locked(id);
        if (state.status == ConversationStatus.CLOSED) {
            throw new ConflictException("Conversation " + id + " is closed; start a new one.");
        }
        if (state.status == ConversationStatus.OPEN) {
            state.handOff("asked for a person", clock.instant());
            repository.update(state, clock.instant());
        }
        return view(state);
    }

    @Transactional
    public ConversationView agentReply(UUID id, String agent, String text) {
        ConversationState state = locked(id);
        if (state.status != ConversationStatus.HANDOFF && state.status != ConversationStatus.AGENT) {
            throw new ConflictException("Conversation " + id + " is " + state.status
                    + "; agents reply to handed-off conversations only.");
        }
        Instant now = clock.instant();
        state.status = ConversationStatus.AGENT;
        state.agent = agent;
        repository.append(id, new Message(Sender.AGENT, text, null, null, null, agent, now));
        repository.update(state, now);
        return view(state);
    }

    @Transactional
    public ConversationView close(UUID id, String agent) {
        ConversationState state = locked(id);
        if (state.status == ConversationStatus.OPEN) {
            throw new ConflictException("Conversation " + id + " is with the bot; only a handed-off one is closed.");
        }
        if (state.status != ConversationStatus.CLOSED) {
            state.status = ConversationStatus.CLOSED;
            if (agent != null) {
                state.agent = agent;
            }
            repository.update(state, clock.instant());
        }
        return view(state);
    }

    @Transactional(readOnly = true)
    public ConversationView get(UUID id) {
        return view(repository.find(id).orElseThrow(() -> notFound(id)));
    }

    @Transactional(readOnly = true)
    public List<ConversationView> queue(List<ConversationStatus> statuses, int limit) {
        return repository.queue(statuses, limit).stream().map(this::view).toList();
    }

    private ConversationState locked(UUID id) {
        return repository.lock(id).orElseThrow(() -> notFound(id));
    }

    private ConversationView view(ConversationState state) {
        return new ConversationView(state.id, state.customerId, state.status, state.language.name()
                .toLowerCase(java.util.Locale.ROOT), Map.copyOf(state.slots), state.handoffReason, state.handoffAt,
                state.agent, state.createdAt, repository.messages(state.id));
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No conversation " + id);
    }

    static Map<String, Object> entities(Entities entities) {
        Map<String, Object> found = new LinkedHashMap<>();
        if (!entities.orderNumbers().isEmpty()) {
            found.put("orderNumbers", entities.orderNumbers());
        }
        if (!entities.products().isEmpty()) {
            found.put("products", entities.products().stream().map(p -> Map.of("sku", p.sku(), "name", p.name(),
                    "score", Math.round(p.score() * 1000) / 1000.0)).toList());
        }
        if (entities.email() != null) {
            found.put("email", entities.email());
        }
        if (entities.quantity() != null) {
            found.put("quantity", entities.quantity());
        }
        if (entities.date() != null) {
            found.put("date", entities.date().toString());
        }
        return found;
    }
}
